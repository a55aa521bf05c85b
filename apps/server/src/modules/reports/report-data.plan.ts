import type { DashboardFilters, ReportFilter } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { listPlanActions } from '../actions/action-list.service.js';
import { getPlanDashboard } from '../dashboards/plan-dashboard.service.js';
import { frDate } from './report-format.js';
import type { PlanProgressData, ReportHeader } from './report-data.js';
import { findOrgUnitName } from './report.repository.js';

/** How many stormy fiches the progress report lists (the total says how many there are). */
const STORMY_LIMIT = 20;

/** The report filter as dashboards take it (same meaning: what the web dashboards filter). */
export function dashboardFiltersOf(filter: ReportFilter): DashboardFilters {
  return {
    orgUnitId: filter.orgUnitId,
    flagship: filter.flagship === undefined ? undefined : filter.flagship ? 'true' : 'false',
    tag: filter.tag,
  };
}

/** Lines that say which fiches a document covers, under its title. */
export async function filterLines(ctx: AppContext, actor: MemberActor, filter: ReportFilter, focus?: string): Promise<string[]> {
  const lines: string[] = [];
  if (focus) lines.push(`Périmètre : ${focus}`);
  if (filter.orgUnitId) {
    const name = await findOrgUnitName(ctx.db, { organizationId: actor.organizationId, id: filter.orgUnitId });
    if (name) lines.push(`Service : ${name}`);
  }
  if (filter.flagship === true) lines.push('Projets phares uniquement');
  if (filter.flagship === false) lines.push('Hors projets phares');
  if (filter.tag) lines.push(`Étiquette : ${filter.tag}`);
  return lines;
}

/**
 * « Rapport d'avancement » of a plan: the plan dashboard's figures as the actor sees them (every
 * total counts only the fiches they may read), plus the stormy fiches from the action list.
 */
export async function gatherPlanProgress(ctx: AppContext, actor: MemberActor, filter: ReportFilter, header: Omit<ReportHeader, 'title' | 'details'>): Promise<PlanProgressData> {
  const planId = filter.planId!;
  const filters = dashboardFiltersOf(filter);
  const dashboard = await getPlanDashboard(ctx, actor, planId, { ...filters, nodeId: filter.nodeId });
  const stormy = await listPlanActions(ctx, actor, planId, {
    filters: { weathers: ['stormy'], nodeId: filter.nodeId, orgUnitId: filter.orgUnitId, flagship: filter.flagship, tag: filter.tag },
    sort: { key: 'code', desc: false },
    page: 1,
    pageSize: STORMY_LIMIT,
  });
  const { plan } = dashboard;
  const focus = dashboard.focus.path.map((n) => `${n.code} ${n.title}`).join(' › ');
  const details = [
    plan.startsOn || plan.endsOn ? `Période : du ${frDate(plan.startsOn)} au ${frDate(plan.endsOn)}` : '',
    ...(await filterLines(ctx, actor, filter, focus || undefined)),
  ].filter(Boolean);
  return {
    header: { ...header, title: plan.name, details },
    plan,
    summary: dashboard.summary,
    axes: dashboard.breakdown,
    late: dashboard.lateActions,
    stormy: { total: stormy.page.total, items: stormy.data },
    flagships: dashboard.flagships,
    indicators: dashboard.indicators,
  };
}
