import { nodeCodes } from '@pilotis/shared';

type NodeLike = { id: string; planId: string; parentId: string | null; position: number; title: string };

/** Codes of every node of one or several plans (each plan numbered on its own). */
export function codesOfNodes(nodes: NodeLike[]): Map<string, string> {
  const byPlan = new Map<string, NodeLike[]>();
  for (const node of nodes) {
    const planNodes = byPlan.get(node.planId);
    if (planNodes) planNodes.push(node);
    else byPlan.set(node.planId, [node]);
  }
  const codes = new Map<string, string>();
  for (const planNodes of byPlan.values()) for (const [id, code] of nodeCodes(planNodes)) codes.set(id, code);
  return codes;
}

/** Compares codes segment by segment as numbers: "1.2" before "1.10". */
export function compareCodes(a: string, b: string) {
  return compareSegments(a.split('.').map(Number), b.split('.').map(Number));
}

function compareSegments(x: number[], y: number[]) {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Node ids in code order, plan by plan: the list sorts by their place in this array. */
export function nodesInCodeOrder(nodes: NodeLike[], codes: Map<string, string>) {
  // Codes split once per node, and plans compared only when they differ: on a 600-node plan the
  // sort's thousands of comparisons otherwise each split two codes and call localeCompare.
  const segments = new Map(nodes.map((node) => [node.id, (codes.get(node.id) ?? '').split('.').map(Number)]));
  return [...nodes]
    .sort((a, b) => (a.planId === b.planId ? 0 : a.planId.localeCompare(b.planId)) || compareSegments(segments.get(a.id)!, segments.get(b.id)!))
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
