import type { DashboardFilters, OrgUnitDashboard } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { codesOfNodes } from '../actions/action-code.js';
import { listPlanNodes } from '../actions/action.repository.js';
import { orgUnitSubtree } from '../indicators/indicator.repository.js';
import { findOrgUnit } from '../org-units/org-unit.repository.js';
import { actionScopeOf, indicatorReaderOf, LIST_LIMIT, loadTiles, nodeOrderOf, MILESTONE_DAYS, readablePlans } from './dashboard-access.js';
import { addDays, capped, presentActionRef, presentMilestone, presentRollup } from './dashboard.presenter.js';
import { selectDashboardParts } from './dashboard.repository.js';

/** Fiches listed on a directorate's dashboard (in code order; the total says how many in all). */
const ACTION_LIMIT = 50;

/**
 * GET /api/org-units/:id/dashboard: the readable fiches of the active plans led by or associated
 * with the unit or a unit below it, and the indicators those units own (due ones apart).
 */
export async function getOrgUnitDashboard(ctx: AppContext, actor: MemberActor, orgUnitId: string, filters: DashboardFilters): Promise<OrgUnitDashboard> {
  const scopeIds = { organizationId: actor.organizationId };
  const unit = await findOrgUnit(ctx.db, { ...scopeIds, id: orgUnitId });
  if (!unit) throw notFound('Unité');
  const [unitIds, plans, reader] = await Promise.all([
    orgUnitSubtree(ctx.db, { ...scopeIds, orgUnitIds: [unit.id] }),
    readablePlans(ctx.db, actor, ['active']),
    indicatorReaderOf(ctx.db, actor),
  ]);
  const scope = { ...actionScopeOf(ctx, actor, plans, filters), unitIds };
  const nodes = await listPlanNodes(ctx.db, { ...scopeIds, planIds: scope.planIds });
  const codes = codesOfNodes(nodes);
  const nodeOrder = nodeOrderOf(nodes, codes, scope.planIds);
  const [parts, tiles, due] = await Promise.all([
    selectDashboardParts(ctx.db, scope, {
      lists: [
        { kind: 'all', limit: ACTION_LIMIT, nodeOrder },
        { kind: 'late', limit: LIST_LIMIT, nodeOrder },
      ],
      milestones: { until: addDays(scope.today, MILESTONE_DAYS), limit: LIST_LIMIT },
    }),
    loadTiles(ctx.db, ctx, { ...scopeIds, reader, ownerUnitIds: unitIds }),
    loadTiles(ctx.db, ctx, { ...scopeIds, reader, ownerUnitIds: unitIds, dueOnly: true }),
  ]);
  const { rollups, milestones } = parts;
  const [actions = [], late = []] = parts.lists;
  return {
    orgUnit: { id: unit.id, name: unit.name },
    summary: presentRollup(rollups.find((r) => r.level === 'total')),
    actions: capped(actions, (row) => presentActionRef(row, codes)),
    lateActions: capped(late, (row) => presentActionRef(row, codes)),
    upcomingMilestones: capped(milestones, (row) => presentMilestone(row, codes)),
    indicatorsDue: due.map(({ tile, duePeriod }) => ({ ...tile, duePeriod })),
    indicators: tiles.map(({ tile }) => tile),
  };
}
