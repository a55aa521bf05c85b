import { dashboardFiltersSchema, leadershipDashboardSchema, meDashboardSchema, orgUnitDashboardSchema, planDashboardSchema, qualitySchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { plainJsonResponse } from '../../http/plain-json.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getLeadershipDashboard } from './leadership-dashboard.service.js';
import { getMeDashboard } from './me-dashboard.service.js';
import { getOrgUnitDashboard } from './org-unit-dashboard.service.js';
import { getPlanDashboard } from './plan-dashboard.service.js';
import { getQualityReport } from './quality.service.js';

const idParams = z.object({ id: z.uuid() });
const staleDays = z.coerce.number().int().min(1).max(365).default(30);
const tags = ['Tableaux de bord'];
const answer = <T extends z.ZodType>(data: T) => ({ 200: z.object({ data }) });

/** Dashboards: read-only answers of what the actor may read; built by the services, sent as they are. */
export function dashboardRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    '/api/plans/:id/dashboard',
    { ...plainJsonResponse, schema: { tags, params: idParams, querystring: dashboardFiltersSchema.extend({ nodeId: z.uuid().optional() }), response: answer(planDashboardSchema) } },
    async (request) => ({ data: await getPlanDashboard(ctx, requireMember(request), request.params.id, request.query) }),
  );
  app.get(
    '/api/dashboards/leadership',
    { ...plainJsonResponse, schema: { tags, querystring: dashboardFiltersSchema, response: answer(leadershipDashboardSchema) } },
    async (request) => ({ data: await getLeadershipDashboard(ctx, requireMember(request), request.query) }),
  );
  app.get(
    '/api/org-units/:id/dashboard',
    { ...plainJsonResponse, schema: { tags, params: idParams, querystring: dashboardFiltersSchema, response: answer(orgUnitDashboardSchema) } },
    async (request) => ({ data: await getOrgUnitDashboard(ctx, requireMember(request), request.params.id, request.query) }),
  );
  app.get(
    '/api/me/dashboard',
    { ...plainJsonResponse, schema: { tags, querystring: dashboardFiltersSchema.extend({ staleDays }), response: answer(meDashboardSchema) } },
    async (request) => ({ data: await getMeDashboard(ctx, requireMember(request), request.query) }),
  );
  app.get(
    '/api/plans/:id/quality',
    { ...plainJsonResponse, schema: { tags, params: idParams, querystring: dashboardFiltersSchema.extend({ staleDays }), response: answer(qualitySchema) } },
    async (request) => ({ data: await getQualityReport(ctx, requireMember(request), request.params.id, request.query) }),
  );
}
