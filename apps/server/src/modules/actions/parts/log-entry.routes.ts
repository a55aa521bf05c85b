import { abilitiesSchema, logEntryInputSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../../context.js';
import { requireMember } from '../../../http/actor.js';
import type { ZodApp } from '../../../http/zod-app.js';
import { createLogEntry, deleteActionLogEntry, listActionLog, updateActionLogEntry } from './log-entry.service.js';
import { deleteQuery, idParams, logEntryOutput, logEntryUpdateInput, partList } from './part-schemas.js';

const tags = ['Journal'];
const one = z.object({ data: logEntryOutput, can: abilitiesSchema });

export function logEntryRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/actions/:id/log', { schema: { tags, params: idParams, response: { 200: partList(logEntryOutput) } } }, async (request) => {
    return listActionLog(ctx, requireMember(request), request.params.id);
  });

  app.post(
    '/api/actions/:id/log',
    { schema: { tags, params: idParams, body: logEntryInputSchema, response: { 201: one } } },
    async (request, reply) => {
      const result = await createLogEntry(ctx, requireMember(request), request.params.id, request.body);
      return reply.status(201).send(result);
    },
  );

  app.patch('/api/log/:id', { schema: { tags, params: idParams, body: logEntryUpdateInput, response: { 200: one } } }, async (request) => {
    return updateActionLogEntry(ctx, requireMember(request), request.params.id, request.body);
  });

  app.delete('/api/log/:id', { schema: { tags, params: idParams, querystring: deleteQuery } }, async (request, reply) => {
    await deleteActionLogEntry(ctx, requireMember(request), request.params.id, request.query.version);
    return reply.status(204).send();
  });
}
