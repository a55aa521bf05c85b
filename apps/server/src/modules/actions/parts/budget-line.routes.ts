import { budgetLineInputSchema, budgetLineSchema, resourceSchema } from '@pilotis/shared';
import type { AppContext } from '../../../context.js';
import { requireMember } from '../../../http/actor.js';
import type { ZodApp } from '../../../http/zod-app.js';
import { budgetListSchema } from './budget-line.presenter.js';
import { createBudgetLine, deleteActionBudgetLine, listActionBudget, updateActionBudgetLine } from './budget-line.service.js';
import { budgetLineUpdateInput, deleteQuery, idParams } from './part-schemas.js';

const tags = ['Budget'];

export function budgetLineRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/actions/:id/budget-lines', { schema: { tags, params: idParams, response: { 200: budgetListSchema } } }, async (request) =>
    listActionBudget(ctx, requireMember(request), request.params.id),
  );

  app.post(
    '/api/actions/:id/budget-lines',
    { schema: { tags, params: idParams, body: budgetLineInputSchema, response: { 201: resourceSchema(budgetLineSchema) } } },
    async (request, reply) => reply.status(201).send(await createBudgetLine(ctx, requireMember(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/budget-lines/:id',
    { schema: { tags, params: idParams, body: budgetLineUpdateInput, response: { 200: resourceSchema(budgetLineSchema) } } },
    async (request) => updateActionBudgetLine(ctx, requireMember(request), request.params.id, request.body),
  );

  app.delete('/api/budget-lines/:id', { schema: { tags, params: idParams, querystring: deleteQuery } }, async (request, reply) => {
    await deleteActionBudgetLine(ctx, requireMember(request), request.params.id, request.query.version);
    return reply.status(204).send();
  });
}
