import { milestoneInputSchema, milestoneSchema, milestoneUpdateInputSchema, resourceSchema } from '@pilotis/shared';
import type { AppContext } from '../../../context.js';
import { requireMember } from '../../../http/actor.js';
import type { ZodApp } from '../../../http/zod-app.js';
import { deleteQuery, idParams, partList } from './part-schemas.js';
import { createMilestone, deleteActionMilestone, listActionMilestones, presentMilestone, updateActionMilestone } from './milestone.service.js';
import { todayOf } from '../../../lib/clock.js';

const tags = ['Jalons'];

export function milestoneRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/actions/:id/milestones', { schema: { tags, params: idParams, response: { 200: partList(milestoneSchema) } } }, async (request) => {
    const actor = requireMember(request);
    const { rows, can } = await listActionMilestones(ctx, actor, request.params.id);
    const today = todayOf(ctx.clock);
    return { data: rows.map((row) => presentMilestone(row, today)), can };
  });

  app.post(
    '/api/actions/:id/milestones',
    { schema: { tags, params: idParams, body: milestoneInputSchema, response: { 201: resourceSchema(milestoneSchema) } } },
    async (request, reply) => {
      const actor = requireMember(request);
      const { row, can } = await createMilestone(ctx, actor, request.params.id, request.body);
      return reply.status(201).send({ data: presentMilestone(row, todayOf(ctx.clock)), can });
    },
  );

  app.patch(
    '/api/milestones/:id',
    { schema: { tags, params: idParams, body: milestoneUpdateInputSchema, response: { 200: resourceSchema(milestoneSchema) } } },
    async (request) => {
      const actor = requireMember(request);
      const { row, can } = await updateActionMilestone(ctx, actor, request.params.id, request.body);
      return { data: presentMilestone(row, todayOf(ctx.clock)), can };
    },
  );

  app.delete('/api/milestones/:id', { schema: { tags, params: idParams, querystring: deleteQuery } }, async (request, reply) => {
    const actor = requireMember(request);
    await deleteActionMilestone(ctx, actor, request.params.id, request.query.version);
    return reply.status(204).send();
  });
}
