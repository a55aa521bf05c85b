import { bySiblingOrder, type DashboardFilters, type NodeBreakdown, type PlanDashboard } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { codesOfNodes, nodesInCodeOrder } from '../actions/action-code.js';
import { listPlanNodes } from '../actions/action.repository.js';
import { placesOf } from '../plan-nodes/plan-node.shape.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { actionScopeOf, indicatorReaderOf, LIST_LIMIT, loadTiles, MILESTONE_DAYS } from './dashboard-access.js';
import { addDays, capped, presentActionRef, presentMilestone, presentPlanHeader, presentRollup } from './dashboard.presenter.js';
import { selectDashboardParts } from './dashboard.repository.js';

type PlanNode = Awaited<ReturnType<typeof listPlanNodes>>[number];

/** The children of each node (null: the axes) in display order. */
export function childrenOf(nodes: PlanNode[]) {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, PlanNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);
  return children;
}

/**
 * Every node of the focused subtree mapped to the breakdown row it counts in: the child of the
 * focus it lies under (null for the focus itself, whose own fiches count in the summary only).
 */
export function breakdownTops(children: Map<string | null, PlanNode[]>, focusId: string | null) {
  const nodeIds: string[] = [];
  const topIds: (string | null)[] = [];
  if (focusId) {
    nodeIds.push(focusId);
    topIds.push(null);
  }
  const seen = new Set<string>();
  const walk = (id: string, top: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    nodeIds.push(id);
    topIds.push(top);
    for (const child of children.get(id) ?? []) walk(child.id, top);
  };
  for (const child of children.get(focusId) ?? []) walk(child.id, child.id);
  return { nodeIds, topIds };
}

function pathTo(nodes: PlanNode[], nodeId: string) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: PlanNode[] = [];
  for (let node = byId.get(nodeId); node && !path.includes(node); node = node.parentId ? byId.get(node.parentId) : undefined) path.unshift(node);
  return path;
}

/**
 * GET /api/plans/:id/dashboard: the readable, filtered fiches of the plan (or of a node's
 * subtree) summed, broken down by the next level, with the lists and tiles that go with them.
 */
export async function getPlanDashboard(ctx: AppContext, actor: MemberActor, planId: string, query: DashboardFilters & { nodeId?: string }): Promise<PlanDashboard> {
  const { nodeId, ...filters } = query;
  // Side by side, as the plan tree: the access check decides whether the dashboard is answered, not
  // whether the nodes and the actor's units are read (a refused actor gets the same 404). Scoped to
  // the actor's collectivité.
  const [{ plan, resource }, nodes, reader] = await Promise.all([
    loadPlanForActor(ctx.db, actor, planId),
    listPlanNodes(ctx.db, { organizationId: actor.organizationId, planIds: [planId] }),
    indicatorReaderOf(ctx.db, actor),
  ]);
  if (nodeId && !nodes.some((n) => n.id === nodeId)) throw notFound('Élément du plan');
  const places = placesOf(nodes, plan.levelNames);
  const codes = codesOfNodes(nodes);
  const children = childrenOf(nodes);
  const tops = breakdownTops(children, nodeId ?? null);
  const base = actionScopeOf(ctx, actor, [{ plan, full: can(actor, 'plan.update', resource) }], filters);
  const scope = nodeId ? { ...base, nodeIds: tops.nodeIds } : base;
  const nodeOrder = nodesInCodeOrder(nodes, codes);
  const [parts, tiles] = await Promise.all([
    selectDashboardParts(ctx.db, scope, {
      tops,
      lists: [
        { kind: 'late', limit: LIST_LIMIT, nodeOrder },
        { kind: 'flagship', limit: LIST_LIMIT, nodeOrder },
      ],
      milestones: { until: addDays(scope.today, MILESTONE_DAYS), limit: LIST_LIMIT },
    }),
    loadTiles(ctx.db, ctx, {
      organizationId: actor.organizationId,
      reader,
      linkedTo: { nodeIds: nodeId ? tops.nodeIds : nodes.map((n) => n.id), actions: { ...scope, withSubActions: true } },
    }),
  ]);
  const { rollups, milestones } = parts;
  const [late = [], flagships = []] = parts.lists;
  const byTop = new Map(rollups.filter((r) => r.level === 'top').map((r) => [r.top_id, r]));
  const breakdown: NodeBreakdown[] = (children.get(nodeId ?? null) ?? []).map((node) => ({
    ...presentRollup(byTop.get(node.id)),
    nodeId: node.id,
    code: places.get(node.id)?.code ?? '',
    title: node.title,
    depth: places.get(node.id)?.depth ?? 0,
    levelName: places.get(node.id)?.levelName ?? '',
    childCount: children.get(node.id)?.length ?? 0,
  }));
  return {
    plan: presentPlanHeader(plan, scope.today),
    focus: { nodeId: nodeId ?? null, path: nodeId ? pathTo(nodes, nodeId).map((n) => ({ id: n.id, code: codes.get(n.id) ?? '', title: n.title })) : [] },
    summary: presentRollup(rollups.find((r) => r.level === 'total')),
    breakdown,
    lateActions: capped(late, (row) => presentActionRef(row, codes)),
    upcomingMilestones: capped(milestones, (row) => presentMilestone(row, codes)),
    flagships: capped(flagships, (row) => presentActionRef(row, codes)),
    indicators: tiles.map(({ tile }) => tile),
  };
}
