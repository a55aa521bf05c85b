import { connectorCreateInputSchema, connectorRunSchema, connectorSchema, connectorUpdateInputSchema, listSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { changeConnector, createConnector, listOrganizationConnectors, listRuns, removeConnector, runConnectorNow } from './connector.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Connecteurs'];
const one = <T extends z.ZodType>(schema: T) => z.object({ data: schema });

/** Connectors: business applications Pilotis fetches measures from (admins only). */
export function connectorRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/connectors', { schema: { tags, response: { 200: listSchema(connectorSchema) } } }, async (request) => ({
    data: await listOrganizationConnectors(ctx, requireMember(request)),
  }));

  app.post('/api/connectors', { schema: { tags, body: connectorCreateInputSchema, response: { 201: one(connectorSchema) } } }, async (request, reply) =>
    reply.status(201).send({ data: await createConnector(ctx, requireMember(request), request.body) }),
  );

  app.patch('/api/connectors/:id', { schema: { tags, params: idParams, body: connectorUpdateInputSchema, response: { 200: one(connectorSchema) } } }, async (request) => ({
    data: await changeConnector(ctx, requireMember(request), request.params.id, request.body),
  }));

  app.delete('/api/connectors/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await removeConnector(ctx, requireMember(request), request.params.id);
    return reply.status(204).send();
  });

  app.post(
    '/api/connectors/:id/run',
    { schema: { tags, params: idParams, summary: 'Lance le connecteur maintenant et répond avec son exécution', response: { 200: one(connectorRunSchema) } } },
    async (request) => ({ data: await runConnectorNow(ctx, requireMember(request), request.params.id) }),
  );

  app.get('/api/connectors/:id/runs', { schema: { tags, params: idParams, response: { 200: listSchema(connectorRunSchema) } } }, async (request) => ({
    data: await listRuns(ctx, requireMember(request), request.params.id),
  }));
}
