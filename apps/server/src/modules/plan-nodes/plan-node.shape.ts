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

/** Depth (0 for an axis) and level name from the code; deeper than the names → the last name. */
function placeFor(code: string, levelNames: string[]): NodePlace {
  const depth = code ? code.split('.').length - 1 : 0;
  return { code, depth, levelName: levelNames[Math.min(depth, levelNames.length - 1)] ?? '' };
}

/** Code (1.2.3), depth and level name of each node. */
export function placesOf(nodes: NodeLike[], levelNames: string[]): Map<string, NodePlace> {
  const codes = nodeCodes(nodes);
  return new Map(nodes.map((node) => [node.id, placeFor(codes.get(node.id) ?? '', levelNames)]));
}

/**
 * The nodes in reading order (1, 1.1, 1.2, 2…) with their place: the order in which `nodeCodes`
 * hands out codes is already depth-first, so no sort by code is needed. Nodes it never reaches
 * (only a corrupt cycle could do that) have no code and come first, as a sort by code would put them.
 */
export function inReadingOrder<T extends NodeLike>(nodes: T[], levelNames: string[]): { node: T; place: NodePlace }[] {
  const codes = nodeCodes(nodes);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const unreached = nodes.filter((node) => !codes.has(node.id)).sort(bySiblingOrder);
  return [
    ...unreached.map((node) => ({ node, place: placeFor('', levelNames) })),
    ...[...codes].map(([id, code]) => ({ node: byId.get(id)!, place: placeFor(code, levelNames) })),
  ];
}
