/**
 * How much of a plan the map shows. A map stays readable — and a browser draws it well under a
 * second — up to about a thousand boxes; past that it turns into a wall of chips nobody reads.
 *
 * Rule: by default, the deepest level such that the nodes shown (levels above it included) plus
 * the fiches listed under them stay within ITEM_BUDGET; at least the axes. A plan of a few hundred
 * fiches shows everything; the 1,500-fiche région plan (605 nodes, fiches on the 5th level) shows
 * four levels and summarises the fifth; a 6,000-fiche plan shows fewer still. The reader may ask for
 * any depth: fiches are then listed up to ACTION_LIMIT, past which only the roll-ups are sent.
 */
export const ITEM_BUDGET = 1200;
export const ACTION_LIMIT = 2000;

/** What each level holds: its nodes, and the fiches attached directly to them. */
export interface LevelLoad {
  nodes: number;
  actions: number;
}

export function levelLoads(nodes: { depth: number; ownCount: number }[]): LevelLoad[] {
  const loads: LevelLoad[] = [];
  for (const node of nodes) {
    for (let d = loads.length; d <= node.depth; d++) loads.push({ nodes: 0, actions: 0 });
    loads[node.depth]!.nodes++;
    loads[node.depth]!.actions += node.ownCount;
  }
  return loads;
}

/** Levels shown by default (1 = the axes only), per the rule above; 1 for a plan without nodes. */
export function defaultDepth(loads: LevelLoad[], budget = ITEM_BUDGET, actionLimit = ACTION_LIMIT): number {
  let depth = 1;
  let items = 0;
  let listed = 0;
  for (const [index, load] of loads.entries()) {
    items += load.nodes + load.actions;
    listed += load.actions;
    if (items > budget || listed > actionLimit) break;
    depth = index + 1;
  }
  return depth;
}

/** Fiches listed at a depth: those attached to the levels shown. */
export const listedAt = (loads: LevelLoad[], depth: number) => loads.slice(0, depth).reduce((sum, load) => sum + load.actions, 0);
