import type { DashboardFilters, MeDashboard } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { codesOfNodes } from '../actions/action-code.js';
import { listPlanNodes } from '../actions/action.repository.js';
import { plansPilotedBy } from '../actions/action-list.repository.js';
import { listPlansWithRole } from '../plans/plan.repository.js';
import { indicatorReaderOf, LIST_LIMIT, loadTiles, MILESTONE_DAYS } from './dashboard-access.js';
import { addDays, capped, presentActionRef, presentMilestone } from './dashboard.presenter.js';
import { selectUpcomingMilestones } from './dashboard.repository.js';
import type { ActionScope } from './dashboard-scope.repository.js';
import { selectMyActions } from './me-dashboard.repository.js';
import { todayOf } from '../../lib/clock.js';

/** « Mes actions » on the home page: at most this many (those needing an update first). */
const MY_ACTIONS_LIMIT = 100;

/**
 * GET /api/me/dashboard: the fiches I pilot or co-pilot (sub-actions too, not merged ones) in
 * plans still being run (draft, active) — pilots always read their own fiche —, which of them
 * need an update (none for `staleDays` days, or never), their milestones due within 30 days, and
 * the indicators I fill that miss their last completed period.
 */
export async function getMeDashboard(ctx: AppContext, actor: MemberActor, query: DashboardFilters & { staleDays: number }): Promise<MeDashboard> {
  const { staleDays, ...filters } = query;
  const organizationId = actor.organizationId;
  const today = todayOf(ctx.clock);
  const [pilotedPlanIds, reader] = await Promise.all([plansPilotedBy(ctx.db, { organizationId, userId: actor.userId }), indicatorReaderOf(ctx.db, actor)]);
  const piloted = new Set(pilotedPlanIds);
  const plans = (await listPlansWithRole(ctx.db, { organizationId, userId: actor.userId }))
    .map(({ plan }) => plan)
    .filter((plan) => piloted.has(plan.id) && (plan.state === 'draft' || plan.state === 'active'));
  const scope: ActionScope = {
    organizationId,
    planIds: plans.map((plan) => plan.id),
    reader: null,
    filters,
    today,
    mineOf: actor.userId,
    withSubActions: true,
  };
  const [nodes, mine, milestones, tiles] = await Promise.all([
    listPlanNodes(ctx.db, { organizationId, planIds: scope.planIds }),
    selectMyActions(ctx.db, scope, { since: addDays(today, -staleDays), limit: MY_ACTIONS_LIMIT }),
    selectUpcomingMilestones(ctx.db, scope, { until: addDays(today, MILESTONE_DAYS), limit: LIST_LIMIT }),
    loadTiles(ctx.db, ctx, { organizationId, reader, toFill: true, dueOnly: true }),
  ]);
  const codes = codesOfNodes(nodes);
  return {
    staleDays,
    myActions: capped(mine, (row) => ({ ...presentActionRef(row, codes), lastUpdateAt: row.last_update, needsUpdate: row.needs_update })),
    needsUpdateCount: mine[0]?.stale_count ?? 0,
    upcomingMilestones: capped(milestones, (row) => presentMilestone(row, codes)),
    indicatorsToFill: tiles.map(({ tile, duePeriod }) => ({ ...tile, duePeriod })),
  };
}
