import {
  auditEventSchema,
  indicatorCreateInputSchema,
  indicatorListQuerySchema,
  indicatorSchema,
  indicatorSummarySchema,
  indicatorUpdateInputSchema,
  listSchema,
  resourceSchema,
  targetSchema,
  targetsInputSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { requireMember, type MemberActor } from '../../http/actor.js';
import { plainJsonResponse } from '../../http/plain-json.js';
import type { ZodApp } from '../../http/zod-app.js';
import type { IndicatorResource } from '../../policies/indicator.policy.js';
import { readHistory } from '../audit/audit.service.js';
import { lastDuePeriods, listIndicators, listSummaryRows } from './indicator-list.service.js';
import { readTargets, replaceTargets } from './indicator-target.service.js';
import { updateIndicatorFields } from './indicator-update.service.js';
import { loadIndicatorForActor } from './indicator.access.js';
import { indicatorAbilities, presentIndicator, presentIndicatorSummary } from './indicator.presenter.js';
import { createIndicator, deleteIndicator } from './indicator.service.js';
import type { IndicatorRow } from './indicator.table.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Indicateurs'];
const one = resourceSchema(indicatorSchema);
const page = z.object({ data: z.array(indicatorSummarySchema), can: z.object({ create: z.boolean() }) });

export function indicatorRoutes(app: ZodApp, ctx: AppContext) {
  /** The full indicator with its latest point, as the actor may see it, and what they may do. */
  const answer = async (db: DbOrTx, actor: MemberActor, loaded: { indicator: IndicatorRow; resource: IndicatorResource }) => {
    const [listed] = await listSummaryRows(db, ctx, actor, { ids: [loaded.indicator.id] });
    // A pilot who just took themselves off a `unit` indicator no longer reads it: answer what was saved.
    const duePeriod = lastDuePeriods(ctx)[loaded.indicator.periodicity];
    const summary = listed?.summary ?? presentIndicatorSummary(loaded.indicator, { latest: null, due: false, duePeriod });
    return { data: await presentIndicator(db, loaded.indicator, summary), can: indicatorAbilities(actor, loaded.indicator, loaded.resource) };
  };

  app.get('/api/indicators', { ...plainJsonResponse, schema: { tags, querystring: indicatorListQuerySchema, response: { 200: page } } }, async (request) =>
    listIndicators(ctx, requireMember(request), request.query),
  );

  app.post('/api/indicators', { schema: { tags, body: indicatorCreateInputSchema, response: { 201: one } } }, async (request, reply) => {
    const actor = requireMember(request);
    const created = await createIndicator(ctx, actor, request.body);
    return reply.status(201).send(await answer(ctx.db, actor, created));
  });

  app.get('/api/indicators/:id', { schema: { tags, params: idParams, response: { 200: one } } }, async (request) => {
    const actor = requireMember(request);
    return answer(ctx.db, actor, await loadIndicatorForActor(ctx.db, actor, request.params.id));
  });

  app.patch('/api/indicators/:id', { schema: { tags, params: idParams, body: indicatorUpdateInputSchema, response: { 200: one } } }, async (request) => {
    const actor = requireMember(request);
    return answer(ctx.db, actor, await updateIndicatorFields(ctx, actor, request.params.id, request.body));
  });

  app.delete('/api/indicators/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await deleteIndicator(ctx, requireMember(request), request.params.id);
    return reply.status(204).send();
  });

  app.get('/api/indicators/:id/targets', { schema: { tags, params: idParams, response: { 200: listSchema(targetSchema) } } }, async (request) => ({
    data: await readTargets(ctx, requireMember(request), request.params.id),
  }));

  app.put('/api/indicators/:id/targets', { schema: { tags, params: idParams, body: targetsInputSchema, response: { 200: listSchema(targetSchema) } } }, async (request) => ({
    data: await replaceTargets(ctx, requireMember(request), request.params.id, request.body),
  }));

  // Same answer as GET /api/history/indicator/:id, under the indicator's own path.
  app.get('/api/indicators/:id/history', { schema: { tags, params: idParams, response: { 200: listSchema(auditEventSchema) } } }, async (request) => {
    const actor = requireMember(request);
    await loadIndicatorForActor(ctx.db, actor, request.params.id);
    return { data: await readHistory(ctx.db, { organizationId: actor.organizationId, entityType: 'indicator', entityId: request.params.id }) };
  });
}
