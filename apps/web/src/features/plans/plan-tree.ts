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

/** The node and every node below it: where it may not be moved. */
export function subtreeIds(children: Map<string | null, PlanTreeNode[]>, id: string): Set<string> {
  const ids = new Set<string>([id]);
  const walk = (parent: string) => {
    for (const child of children.get(parent) ?? []) {
      ids.add(child.id);
      walk(child.id);
    }
  };
  walk(id);
  return ids;
}

/** How many levels a subtree spans (1 for a leaf). */
export function subtreeHeight(children: Map<string | null, PlanTreeNode[]>, id: string): number {
  const kids = children.get(id) ?? [];
  return 1 + Math.max(0, ...kids.map((kid) => subtreeHeight(children, kid.id)));
}

export type DropZone = 'before' | 'inside' | 'after';

/**
 * Where a dragged node lands when dropped on `target`: beside it (before/after) or as its last
 * child. Null when that is impossible: inside its own subtree, or deeper than the plan's levels.
 */
export function dropPlacement(
  children: Map<string | null, PlanTreeNode[]>,
  dragged: PlanTreeNode,
  target: PlanTreeNode,
  zone: DropZone,
  levelCount: number,
): { parentId: string | null; position: number } | null {
  if (subtreeIds(children, dragged.id).has(target.id)) return null;
  const parentId = zone === 'inside' ? target.id : target.parentId;
  const parentDepth = zone === 'inside' ? target.depth : target.depth - 1;
  if (parentDepth + subtreeHeight(children, dragged.id) >= levelCount) return null;
  const siblings = (children.get(parentId) ?? []).filter((node) => node.id !== dragged.id);
  const position = zone === 'inside' ? siblings.length : siblings.indexOf(target) + (zone === 'after' ? 1 : 0);
  return { parentId, position };
}
