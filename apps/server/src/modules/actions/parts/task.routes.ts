import { resourceSchema, taskInputSchema, taskSchema, taskUpdateInputSchema } from '@pilotis/shared';
import type { AppContext } from '../../../context.js';
import { requireMember } from '../../../http/actor.js';
import type { ZodApp } from '../../../http/zod-app.js';
import { deleteQuery, idParams, partList } from './part-schemas.js';
import { createTask, deleteActionTask, listActionTasks, updateActionTask } from './task.service.js';

const tags = ['Tâches'];

export function taskRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/actions/:id/tasks', { schema: { tags, params: idParams, response: { 200: partList(taskSchema) } } }, async (request) => {
    return listActionTasks(ctx, requireMember(request), request.params.id);
  });

  app.post(
    '/api/actions/:id/tasks',
    { schema: { tags, params: idParams, body: taskInputSchema, response: { 201: resourceSchema(taskSchema) } } },
    async (request, reply) => reply.status(201).send(await createTask(ctx, requireMember(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/tasks/:id',
    { schema: { tags, params: idParams, body: taskUpdateInputSchema, response: { 200: resourceSchema(taskSchema) } } },
    async (request) => updateActionTask(ctx, requireMember(request), request.params.id, request.body),
  );

  app.delete('/api/tasks/:id', { schema: { tags, params: idParams, querystring: deleteQuery } }, async (request, reply) => {
    await deleteActionTask(ctx, requireMember(request), request.params.id, request.query.version);
    return reply.status(204).send();
  });
}
