import { dashboardFiltersSchema, strategyMapSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { plainJsonResponse } from '../../http/plain-json.js';
import type { ZodApp } from '../../http/zod-app.js';
import { ACTION_LIMIT } from './strategy-map.depth.js';
import { getStrategyMap } from './strategy-map.service.js';

export const strategyMapQuerySchema = dashboardFiltersSchema.extend({
  depth: z.coerce.number().int().min(1).max(50).optional(),
  indicators: z.enum(['true', 'false']).default('false'),
  actionLimit: z.coerce.number().int().min(0).max(ACTION_LIMIT).default(ACTION_LIMIT),
});

export function strategyMapRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    '/api/plans/:id/strategy-map',
    {
      ...plainJsonResponse,
      schema: { tags: ['Tableaux de bord'], params: z.object({ id: z.uuid() }), querystring: strategyMapQuerySchema, response: { 200: z.object({ data: strategyMapSchema }) } },
    },
    async (request) => {
      const { depth, indicators, actionLimit, ...filters } = request.query;
      return { data: await getStrategyMap(ctx, requireMember(request), request.params.id, { depth, indicators: indicators === 'true', actionLimit, filters }) };
    },
  );
}
