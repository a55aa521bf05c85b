import type { PlanTreeNode } from './plan-types';

/** Children of each node (key null = roots), in sibling order. */
export function childrenByParent(nodes: PlanTreeNode[]): Map<string | null, PlanTreeNode[]> {
  const ids = new Set(nodes.map((node) => node.id));
  const map = new Map<string | null, PlanTreeNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    map.set(parent, [...(map.get(parent) ?? []), node]);
  }
  for (const siblings of map.values()) siblings.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, 'fr', { numeric: true }));
  return map;
}

/** Nodes in reading order (depth first), for selects such as « Niveau de rattachement ». */
export function orderedNodes(nodes: PlanTreeNode[]): PlanTreeNode[] {
  const children = childrenByParent(nodes);
  const result: PlanTreeNode[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null) => {
    for (const node of children.get(parent) ?? []) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      result.push(node);
      walk(node.id);
    }
  };
  walk(null);
  return result;
}

export const nodeLabel = (node: PlanTreeNode) => `${node.code} ${node.title}`;
