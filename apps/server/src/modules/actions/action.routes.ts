import { actionCreateInputSchema, actionMergeInputSchema, actionSchema, actionUpdateInputSchema, auditEventSchema, listSchema, resourceSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { requireMember, type MemberActor } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import type { ActionResource } from '../../policies/action.policy.js';
import { readHistory } from '../audit/audit.service.js';
import { actionListRoutes } from './action-list.routes.js';
import { mergeAction } from './action-merge.service.js';
import { updateActionFields } from './action-update.service.js';
import { loadActionForActor } from './action.access.js';
import { actionAbilities, presentAction } from './action.presenter.js';
import { createAction, deleteAction } from './action.service.js';
import type { ActionRow } from './action.table.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Actions'];
const one = resourceSchema(actionSchema);

export function actionRoutes(app: ZodApp, ctx: AppContext) {
  const answer = async (db: DbOrTx, actor: MemberActor, loaded: { action: ActionRow; resource: ActionResource }) => ({
    data: await presentAction(db, ctx, loaded.action, loaded.resource),
    can: actionAbilities(actor, loaded.resource),
  });

  app.post('/api/actions', { schema: { tags, body: actionCreateInputSchema, response: { 201: one } } }, async (request, reply) => {
    const actor = requireMember(request);
    const created = await createAction(ctx, actor, request.body);
    return reply.status(201).send(await answer(ctx.db, actor, created));
  });

  app.get('/api/actions/:id', { schema: { tags, params: idParams, response: { 200: one } } }, async (request) => {
    const actor = requireMember(request);
    return answer(ctx.db, actor, await loadActionForActor(ctx.db, actor, request.params.id));
  });

  app.patch('/api/actions/:id', { schema: { tags, params: idParams, body: actionUpdateInputSchema, response: { 200: one } } }, async (request) => {
    const actor = requireMember(request);
    return answer(ctx.db, actor, await updateActionFields(ctx, actor, request.params.id, request.body));
  });

  app.delete('/api/actions/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const actor = requireMember(request);
    await deleteAction(ctx, actor, request.params.id);
    return reply.status(204).send();
  });

  // Answers the target, which now holds what was moved.
  app.post('/api/actions/:id/merge', { schema: { tags, params: idParams, body: actionMergeInputSchema, response: { 200: one } } }, async (request) => {
    const actor = requireMember(request);
    return answer(ctx.db, actor, await mergeAction(ctx, actor, request.params.id, request.body));
  });

  // Same answer as GET /api/history/action/:id, under the fiche's own path.
  app.get('/api/actions/:id/history', { schema: { tags, params: idParams, response: { 200: listSchema(auditEventSchema) } } }, async (request) => {
    const actor = requireMember(request);
    await loadActionForActor(ctx.db, actor, request.params.id);
    return { data: await readHistory(ctx.db, { organizationId: actor.organizationId, entityType: 'action', entityId: request.params.id }) };
  });

  actionListRoutes(app, ctx);
}
