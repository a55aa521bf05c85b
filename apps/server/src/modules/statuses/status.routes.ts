import { listSchema, resourceSchema, statusCreateInputSchema, statusSchema, statusUpdateInputSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { presentStatus, statusAbilities } from './status.presenter.js';
import { changeStatus, createStatus, listOrganizationStatuses } from './status.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Statuts'];

export function statusRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/statuses', { schema: { tags, response: { 200: listSchema(statusSchema) } } }, async (request) => {
    const actor = requireMember(request);
    const rows = await listOrganizationStatuses(ctx, actor);
    return { data: rows.map(presentStatus) };
  });

  app.post(
    '/api/statuses',
    { schema: { tags, body: statusCreateInputSchema, response: { 201: resourceSchema(statusSchema) } } },
    async (request, reply) => {
      const actor = requireMember(request);
      const row = await createStatus(ctx, actor, request.body);
      return reply.status(201).send({ data: presentStatus(row), can: statusAbilities(actor, row) });
    },
  );

  app.patch(
    '/api/statuses/:id',
    { schema: { tags, params: idParams, body: statusUpdateInputSchema, response: { 200: resourceSchema(statusSchema) } } },
    async (request) => {
      const actor = requireMember(request);
      const row = await changeStatus(ctx, actor, request.params.id, request.body);
      return { data: presentStatus(row), can: statusAbilities(actor, row) };
    },
  );
}
