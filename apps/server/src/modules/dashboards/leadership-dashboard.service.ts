import type { DashboardFilters, LeadershipDashboard } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { codesOfNodes } from '../actions/action-code.js';
import { listPlanNodes } from '../actions/action.repository.js';
import { placesOf } from '../plan-nodes/plan-node.shape.js';
import { actionScopeOf, indicatorReaderOf, LIST_LIMIT, loadTiles, nodeOrderOf, readablePlans } from './dashboard-access.js';
import { addDays, capped, presentActionRef, presentPlanHeader, presentRollup } from './dashboard.presenter.js';
import { selectDashboardParts } from './dashboard.repository.js';
import { breakdownTops, childrenOf } from './plan-dashboard.service.js';

/**
 * GET /api/dashboards/leadership: every active plan the actor reads, each summed and broken down
 * by axis, with the flagships and late fiches across them — only what was published to the actor
 * (the `unit` rule), and only published indicators with their validated measures.
 */
export async function getLeadershipDashboard(ctx: AppContext, actor: MemberActor, filters: DashboardFilters): Promise<LeadershipDashboard> {
  const plans = await readablePlans(ctx.db, actor, ['active']);
  const scope = actionScopeOf(ctx, actor, plans, filters);
  const nodes = await listPlanNodes(ctx.db, { organizationId: actor.organizationId, planIds: scope.planIds });
  const codes = codesOfNodes(nodes);
  const nodeOrder = nodeOrderOf(nodes, codes, scope.planIds);
  // Every node counts in its axis: the breakdown of each plan from its root.
  const byPlan = new Map(plans.map(({ plan }) => [plan.id, nodes.filter((n) => n.planId === plan.id)]));
  const trees = new Map([...byPlan].map(([planId, planNodes]) => [planId, childrenOf(planNodes)]));
  const tops = { nodeIds: [] as string[], topIds: [] as (string | null)[] };
  for (const children of trees.values()) {
    const planTops = breakdownTops(children, null);
    tops.nodeIds.push(...planTops.nodeIds);
    tops.topIds.push(...planTops.topIds);
  }
  const reader = await indicatorReaderOf(ctx.db, actor);
  const [parts, tiles] = await Promise.all([
    selectDashboardParts(ctx.db, scope, {
      tops,
      lists: [
        { kind: 'flagship', limit: LIST_LIMIT, nodeOrder },
        { kind: 'late', limit: LIST_LIMIT, nodeOrder },
      ],
      // The leadership screen has no milestones: an empty window.
      milestones: { until: addDays(scope.today, -1), limit: 0 },
    }),
    loadTiles(ctx.db, ctx, {
      organizationId: actor.organizationId,
      reader,
      publishedOnly: true,
      linkedTo: { nodeIds: nodes.map((n) => n.id), actions: { ...scope, withSubActions: true } },
    }),
  ]);
  const { rollups } = parts;
  const [flagships = [], late = []] = parts.lists;
  const byPlanRow = new Map(rollups.filter((r) => r.level === 'plan').map((r) => [r.plan_id, r]));
  const byTop = new Map(rollups.filter((r) => r.level === 'top').map((r) => [r.top_id, r]));
  return {
    plans: plans.map(({ plan }) => {
      const places = placesOf(byPlan.get(plan.id) ?? [], plan.levelNames);
      const children = trees.get(plan.id)!;
      return {
        plan: presentPlanHeader(plan, scope.today),
        summary: presentRollup(byPlanRow.get(plan.id)),
        axes: (children.get(null) ?? []).map((axis) => ({
          ...presentRollup(byTop.get(axis.id)),
          nodeId: axis.id,
          code: places.get(axis.id)?.code ?? '',
          title: axis.title,
          depth: 0,
          levelName: places.get(axis.id)?.levelName ?? '',
          childCount: children.get(axis.id)?.length ?? 0,
        })),
      };
    }),
    flagships: capped(flagships, (row) => presentActionRef(row, codes)),
    lateActions: capped(late, (row) => presentActionRef(row, codes)),
    indicators: tiles.map(({ tile }) => tile),
  };
}
