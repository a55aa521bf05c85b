import type { DashboardFilters, QualityCheckKey, QualityReport } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { authorize } from '../../policies/index.js';
import { actionCode, codesOfNodes, nodesInCodeOrder } from '../actions/action-code.js';
import { listPlanNodes } from '../actions/action.repository.js';
import { lastDuePeriods } from '../indicators/indicator-list.service.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { actionScopeOf, indicatorReaderOf } from './dashboard-access.js';
import { addDays, presentPlanHeader } from './dashboard.presenter.js';
import { actionCheckKeys, selectActionCheckCounts, selectActionCheckItems, selectPlanIndicatorChecks, type ActionCheckCounts } from './quality.repository.js';

/** Items listed per check (the failing count says how many in all). */
const ITEM_LIMIT = 100;
const NO_UNIT = 'Sans direction';

type Check = QualityReport['checks'][number];

/** Share of passed checks over every check made, to a tenth; 100 when nothing was checked. */
export function completeness(checks: { failing: number; checked: number }[]) {
  const checked = checks.reduce((sum, c) => sum + c.checked, 0);
  const failing = checks.reduce((sum, c) => sum + c.failing, 0);
  return checked === 0 ? 100 : Math.round(((checked - failing) / checked) * 1000) / 10;
}

const actionChecksOf = (row: ActionCheckCounts | undefined) => actionCheckKeys.map((key) => ({ key, failing: row?.[key] ?? 0, checked: row?.checked ?? 0 }));

/**
 * GET /api/plans/:id/quality: what the central team must chase in a plan (its managers and
 * admins: others 403, 404 when they do not even read it). Fiches still to do (not started, in
 * progress; sub-actions too, merged ones left out, filters applied): without pilot, without end
 * date, without update for `staleDays` days. Readable indicators linked to the plan: without any
 * target, without a measure for their last completed period.
 */
export async function getQualityReport(ctx: AppContext, actor: MemberActor, planId: string, query: DashboardFilters & { staleDays: number }): Promise<QualityReport> {
  const { staleDays, ...filters } = query;
  const { plan, resource } = await loadPlanForActor(ctx.db, actor, planId);
  authorize(actor, 'plan.update', resource);
  const scope = { ...actionScopeOf(ctx, actor, [{ plan, full: true }], filters), reader: null, withSubActions: true, categories: ['not_started', 'in_progress'] };
  const since = addDays(scope.today, -staleDays);
  const organizationId = actor.organizationId;
  const nodes = await listPlanNodes(ctx.db, { organizationId, planIds: [plan.id] });
  const codes = codesOfNodes(nodes);
  const reader = await indicatorReaderOf(ctx.db, actor);
  const [counts, items, indicators] = await Promise.all([
    selectActionCheckCounts(ctx.db, scope, since),
    selectActionCheckItems(ctx.db, scope, { since, limit: ITEM_LIMIT, nodeOrder: nodesInCodeOrder(nodes, codes) }),
    selectPlanIndicatorChecks(ctx.db, { organizationId, planId: plan.id, reader, duePeriods: lastDuePeriods(ctx) }),
  ]);
  const actionChecks: Check[] = actionChecksOf(counts.find((row) => row.whole)).map((check) => ({
    ...check,
    items: items
      .filter((item) => item.key === check.key)
      .map((item) => ({ kind: 'action' as const, id: item.id, code: actionCode(codes.get(item.node_id), item.rank, item.parent_rank), title: item.title })),
  }));
  const indicatorCheck = (key: QualityCheckKey, fails: (row: (typeof indicators)[number]) => boolean): Check => {
    const failing = indicators.filter(fails);
    return {
      key,
      failing: failing.length,
      checked: indicators.length,
      items: failing.slice(0, ITEM_LIMIT).map((row) => ({ kind: 'indicator' as const, id: row.id, code: row.code, title: row.name })),
    };
  };
  const checks = [...actionChecks, indicatorCheck('indicatorWithoutTarget', (row) => !row.has_target), indicatorCheck('indicatorWithoutLastMeasure', (row) => row.due)];
  const byOrgUnit = counts
    .filter((row) => !row.whole)
    .map((row) => ({ orgUnitId: row.org_unit_id, name: row.org_unit_id ? (row.name ?? '') : NO_UNIT, actionCount: row.checked, score: completeness(actionChecksOf(row)) }))
    .sort((a, b) => Number(a.orgUnitId === null) - Number(b.orgUnitId === null) || a.name.localeCompare(b.name, 'fr'));
  return { plan: presentPlanHeader(plan, scope.today), staleDays, score: completeness(checks), checks, byOrgUnit };
}
