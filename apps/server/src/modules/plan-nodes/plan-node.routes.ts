import { nodeCreateInputSchema, nodeUpdateInputSchema, resourceSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { nodeAbilities, presentNode } from './plan-node.presenter.js';
import { planNodeSchema, planTreeSchema } from '@pilotis/shared';
import { changeNode, createNode, removeNode } from './plan-node.service.js';
import { getPlanTree } from './plan-tree.service.js';
import { planTreeJson } from './plan-tree.presenter.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Plans'];
const nodeResponse = resourceSchema(planNodeSchema);

export function planNodeRoutes(app: ZodApp, ctx: AppContext) {
  // The schema documents the answer (OpenAPI); the body is JSON text already (planTreeJson), which
  // Fastify sends as it is under a JSON content type. Encoded once into a Buffer: given a string,
  // Fastify measures its UTF-8 length for Content-Length and the socket encodes it again, which on
  // a ~300 KB tree (accents, typographic apostrophes: a two-byte string) cost more than encoding.
  app.get('/api/plans/:id/tree', { schema: { tags, params: idParams, response: { 200: planTreeSchema } } }, async (request, reply) => {
    const actor = requireMember(request);
    const tree = await getPlanTree(ctx, actor, request.params.id);
    return reply.type('application/json; charset=utf-8').send(Buffer.from(planTreeJson(actor, tree)) as never);
  });

  app.post(
    '/api/plans/:id/nodes',
    { schema: { tags, params: idParams, body: nodeCreateInputSchema, response: { 201: nodeResponse } } },
    async (request, reply) => {
      const actor = requireMember(request);
      const { node, nodes, plan, resource } = await createNode(ctx, actor, request.params.id, request.body);
      return reply.status(201).send({ data: presentNode(node, nodes, plan.levelNames), can: nodeAbilities(actor, resource) });
    },
  );

  app.patch('/api/nodes/:id', { schema: { tags, params: idParams, body: nodeUpdateInputSchema, response: { 200: nodeResponse } } }, async (request) => {
    const actor = requireMember(request);
    const { node, nodes, plan, resource } = await changeNode(ctx, actor, request.params.id, request.body);
    return { data: presentNode(node, nodes, plan.levelNames), can: nodeAbilities(actor, resource) };
  });

  app.delete('/api/nodes/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await removeNode(ctx, requireMember(request), request.params.id);
    return reply.status(204).send();
  });
}
