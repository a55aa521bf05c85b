import { nodeCodes } from '@pilotis/shared';
import type { Clock } from '../../lib/clock.js';

type NodeLike = { id: string; planId: string; parentId: string | null; position: number; title: string };

/** Codes of every node of one or several plans (each plan numbered on its own). */
export function codesOfNodes(nodes: NodeLike[]): Map<string, string> {
  const byPlan = new Map<string, NodeLike[]>();
  for (const node of nodes) byPlan.set(node.planId, [...(byPlan.get(node.planId) ?? []), node]);
  const codes = new Map<string, string>();
  for (const planNodes of byPlan.values()) for (const [id, code] of nodeCodes(planNodes)) codes.set(id, code);
  return codes;
}

/** Compares codes segment by segment as numbers: "1.2" before "1.10". */
export function compareCodes(a: string, b: string) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Node ids in code order, plan by plan: the list sorts by their place in this array. */
export function nodesInCodeOrder(nodes: NodeLike[], codes: Map<string, string>) {
  return [...nodes]
    .sort((a, b) => a.planId.localeCompare(b.planId) || compareCodes(codes.get(a.id) ?? '', codes.get(b.id) ?? ''))
    .map((node) => node.id);
}

/**
 * "1.2.3": the home node's code and the action's rank among the node's actions; a sub-action adds
 * its rank under its parent ("1.2.3.1").
 */
export function actionCode(nodeCode: string | undefined, rank: number | undefined, parentRank?: number | null) {
  const base = nodeCode ?? '?';
  return parentRank ? `${base}.${parentRank}.${rank ?? '?'}` : `${base}.${rank ?? '?'}`;
}

/** Today in the collectivités' time zone: lateness changes at midnight in France, not in UTC. */
export function todayOf(clock: Clock, timeZone = 'Europe/Paris') {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(clock.now());
}
