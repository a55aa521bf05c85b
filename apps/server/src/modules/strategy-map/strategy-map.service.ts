import type { DashboardFilters, StrategyMap } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import { actionCode } from '../actions/action-code.js';
import { orgUnitSubtree } from '../indicators/indicator.repository.js';
import { listSummaryRows } from '../indicators/indicator-list.service.js';
import { inReadingOrder } from '../plan-nodes/plan-node.shape.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { defaultDepth, levelLoads, listedAt } from './strategy-map.depth.js';
import { presentMapAction, presentPlanHeader, presentRollup } from './strategy-map.presenter.js';
import { selectIndicatorPlaces, selectMapActions, selectMapNodes, type MapQuery, type MapReader } from './strategy-map.repository.js';
import { todayOf } from '../../lib/clock.js';

export interface MapOptions {
  /** Levels shown (1 = axes); the default follows the rule of strategy-map.depth.ts. */
  depth?: number;
  indicators: boolean;
  actionLimit: number;
  filters: DashboardFilters;
}

/**
 * The whole strategy of a plan for one page: every node with its roll-up over the fiches the actor
 * reads (managers read them all, others as action.read says), fiches listed under the levels shown,
 * and optionally the indicators that follow its nodes. Three to five queries whatever the plan's size.
 */
export async function getStrategyMap(ctx: AppContext, actor: MemberActor, planId: string, options: MapOptions): Promise<StrategyMap> {
  const { plan, resource } = await loadPlanForActor(ctx.db, actor, planId);
  const reader: MapReader = can(actor, 'plan.update', resource) ? null : { userId: actor.userId, unitIds: actor.unitIds };
  const today = todayOf(ctx.clock);
  const query: MapQuery = { organizationId: actor.organizationId, planId, reader, filters: options.filters, today };
  const [rows, indicators] = await Promise.all([
    selectMapNodes(ctx.db, query),
    options.indicators ? mapIndicators(ctx, actor, query) : Promise.resolve([]),
  ]);

  const placed = inReadingOrder(rows, plan.levelNames).map(({ node, place }) => ({ row: node, ...place }));
  const loads = levelLoads(placed.map((node) => ({ depth: node.depth, ownCount: Number(node.row.ownCount) })));
  const depth = Math.min(options.depth ?? defaultDepth(loads), Math.max(loads.length, 1));
  const actionsTruncated = listedAt(loads, depth) > options.actionLimit;
  const listedNodes = actionsTruncated ? [] : placed.filter((node) => node.depth < depth && Number(node.row.ownCount) > 0);
  const actionRows = await selectMapActions(ctx.db, { ...query, nodeIds: listedNodes.map((node) => node.row.id) });

  const codes = new Map(placed.map((node) => [node.row.id, node.code]));
  const order = new Map(placed.map((node, index) => [node.row.id, index]));
  actionRows.sort((a, b) => order.get(a.nodeId)! - order.get(b.nodeId)! || a.rank - b.rank);
  return {
    plan: presentPlanHeader(plan, today),
    depth,
    actionLimit: options.actionLimit,
    actionsTruncated,
    nodes: placed.map(({ row, code, depth: nodeDepth, levelName }) => ({
      id: row.id,
      parentId: row.parentId,
      code,
      title: row.title,
      depth: nodeDepth,
      levelName,
      collapsed: nodeDepth >= depth,
      ...presentRollup(row),
    })),
    actions: actionRows.map((row) => presentMapAction(row, actionCode(codes.get(row.nodeId), row.rank))),
    indicators,
  };
}

/**
 * The indicators the actor may read that follow this plan, with the status of their latest visible
 * point. The org-unit filter keeps those owned by that unit or below it; other filters are about
 * fiches and leave indicators alone.
 */
async function mapIndicators(ctx: AppContext, actor: MemberActor, query: MapQuery): Promise<StrategyMap['indicators']> {
  const ownerUnitIds = query.filters.orgUnitId
    ? await orgUnitSubtree(ctx.db, { organizationId: actor.organizationId, orgUnitIds: [query.filters.orgUnitId] })
    : undefined;
  const rows = await listSummaryRows(ctx.db, ctx, actor, { planId: query.planId, ownerUnitIds });
  const places = await selectIndicatorPlaces(ctx.db, { ...query, indicatorIds: rows.map((row) => row.indicator.id) });
  const nodesOf = new Map<string, string[]>();
  for (const place of places) nodesOf.set(place.indicatorId, [...(nodesOf.get(place.indicatorId) ?? []), place.nodeId]);
  return rows
    .filter((row) => nodesOf.has(row.indicator.id))
    .map(({ summary }) => ({ id: summary.id, code: summary.code, name: summary.name, nodeIds: nodesOf.get(summary.id)!, status: summary.latest?.status ?? null }));
}
