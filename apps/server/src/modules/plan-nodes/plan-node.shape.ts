import { bySiblingOrder, nodeCodes } from '@pilotis/shared';
import type { PlanNodeRow } from './plan-node.table.js';

type NodeLike = Pick<PlanNodeRow, 'id' | 'parentId' | 'position' | 'title'>;

/** Children of a parent in display order (position, then title, as `nodeCodes` sorts them). */
export function siblingsOf<T extends NodeLike>(nodes: T[], parentId: string | null, exceptId?: string): T[] {
  return nodes
    .filter((node) => node.parentId === parentId && node.id !== exceptId)
    .sort(bySiblingOrder);
}

/** Positions 0..n-1 for the given order; only the rows whose position changes are returned. */
export function renumber(ordered: NodeLike[]): { id: string; position: number }[] {
  return ordered.flatMap((node, position) => (node.position === position ? [] : [{ id: node.id, position }]));
}

/** The node and every node below it. */
export function subtreeIds(nodes: NodeLike[], rootId: string): string[] {
  const result = [rootId];
  for (let i = 0; i < result.length; i++) {
    for (const node of nodes) if (node.parentId === result[i] && !result.includes(node.id)) result.push(node.id);
  }
  return result;
}

export interface NodePlace {
  code: string;
  depth: number;
  levelName: string;
}

/** Code (1.2.3), depth (0 for an axis) and level name of each node; deeper than the names → the last name. */
export function placesOf(nodes: NodeLike[], levelNames: string[]): Map<string, NodePlace> {
  const codes = nodeCodes(nodes);
  const places = new Map<string, NodePlace>();
  for (const node of nodes) {
    const code = codes.get(node.id) ?? '';
    const depth = code ? code.split('.').length - 1 : 0;
    places.set(node.id, { code, depth, levelName: levelNames[Math.min(depth, levelNames.length - 1)] ?? '' });
  }
  return places;
}

const codeCollator = new Intl.Collator('en', { numeric: true });

/** Depth-first order (1, 1.1, 1.2, 2, 10…), the order a tree is read in: numeric segment by segment. */
export function byCode(a: { code: string }, b: { code: string }) {
  return codeCollator.compare(a.code, b.code);
}
