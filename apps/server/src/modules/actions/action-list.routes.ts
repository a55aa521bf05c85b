import { actionSummarySchema, statusCategories, weathers } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { sortKeys, type SortKey } from './action-list.repository.js';
import { listMyActions, listPlanActions, type ListOptions } from './action-list.service.js';
import { plainJsonResponse } from '../../http/plain-json.js';

/** `?status=a&status=b` or `?status=a,b`: both spellings give a list. */
const many = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean), z.array(item).max(50))
    .optional();
const flag = z.enum(['true', 'false']).optional();

export const actionListQuerySchema = z.strictObject({
  status: many(z.uuid()),
  category: many(z.enum(statusCategories)),
  pilotId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  weather: many(z.enum(weathers)),
  late: flag,
  flagship: flag,
  tag: z.string().trim().min(1).max(60).optional(),
  nodeId: z.uuid().optional(),
  q: z.string().max(200).optional(),
  sort: z.enum([...sortKeys, ...sortKeys.map((key) => `-${key}` as const)]).default('code'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
type ListQuery = z.infer<typeof actionListQuerySchema>;

const pageSchema = z.object({
  data: z.array(actionSummarySchema),
  page: z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }),
});

function optionsOf(query: ListQuery): ListOptions {
  const desc = query.sort.startsWith('-');
  return {
    filters: {
      statusIds: query.status,
      categories: query.category,
      pilotId: query.pilotId,
      orgUnitId: query.orgUnitId,
      weathers: query.weather,
      late: query.late === 'true',
      flagship: query.flagship === 'true',
      tag: query.tag,
      nodeId: query.nodeId,
      q: query.q,
    },
    sort: { key: query.sort.replace(/^-/, '') as SortKey, desc },
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function actionListRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ['Actions'];
  app.get(
    '/api/plans/:id/actions',
    { ...plainJsonResponse, schema: { tags, params: z.object({ id: z.uuid() }), querystring: actionListQuerySchema, response: { 200: pageSchema } } },
    async (request) => listPlanActions(ctx, requireMember(request), request.params.id, optionsOf(request.query)),
  );
  app.get('/api/me/actions', { ...plainJsonResponse, schema: { tags, querystring: actionListQuerySchema, response: { 200: pageSchema } } }, async (request) =>
    listMyActions(ctx, requireMember(request), optionsOf(request.query)),
  );
}
