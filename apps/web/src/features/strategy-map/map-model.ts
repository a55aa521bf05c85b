import type { StrategyMap } from '@pilotis/shared';

export type MapNode = StrategyMap['nodes'][number];
export type MapAction = StrategyMap['actions'][number];
export type MapIndicator = StrategyMap['indicators'][number];

export const colourModes = ['status', 'weather', 'progress'] as const;
export type ColourMode = (typeof colourModes)[number];

/** A node as the map draws it: its shown children, its fiches, the indicators placed on it. */
export interface MapBranch {
  node: MapNode;
  children: MapBranch[];
  actions: MapAction[];
  indicators: MapIndicator[];
  /** Levels folded below it: how many nodes are hidden under it (0 when nothing is folded). */
  foldedNodes: number;
}

/**
 * The shown part of the plan as a tree, in the answer's reading order. Nodes the answer marks
 * `collapsed` are folded into their nearest shown ancestor; an indicator linked to a folded node
 * shows on that ancestor, once per node.
 */
export function buildBranches(map: Pick<StrategyMap, 'nodes' | 'actions' | 'indicators'>): MapBranch[] {
  const branches = new Map<string, MapBranch>();
  const shownOf = new Map<string, string>();
  const parentOf = new Map(map.nodes.map((node) => [node.id, node.parentId]));
  const roots: MapBranch[] = [];
  for (const node of map.nodes) {
    if (node.collapsed) continue;
    const branch: MapBranch = { node, children: [], actions: [], indicators: [], foldedNodes: 0 };
    branches.set(node.id, branch);
    const parent = node.parentId ? branches.get(node.parentId) : undefined;
    if (parent) parent.children.push(branch);
    else roots.push(branch);
  }
  const shownAncestor = (id: string): string | undefined => {
    const known = shownOf.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    let current: string | null | undefined = id;
    while (current && !branches.has(current) && !seen.has(current)) {
      seen.add(current);
      current = parentOf.get(current);
    }
    const found = current && branches.has(current) ? current : undefined;
    if (found) shownOf.set(id, found);
    return found;
  };
  for (const node of map.nodes) {
    if (!node.collapsed) continue;
    const ancestor = shownAncestor(node.id);
    if (ancestor) branches.get(ancestor)!.foldedNodes++;
  }
  for (const action of map.actions) branches.get(action.nodeId)?.actions.push(action);
  for (const indicator of map.indicators) {
    const places = new Set(indicator.nodeIds.map(shownAncestor).filter((id): id is string => id !== undefined));
    for (const id of places) branches.get(id)!.indicators.push(indicator);
  }
  return roots;
}

/** Levels the depth control offers: 1 to the deepest level of the plan. */
export function levelCount(nodes: Pick<MapNode, 'depth'>[]): number {
  return nodes.reduce((max, node) => Math.max(max, node.depth + 1), 1);
}

export const progressBuckets = ['none', 'low', 'mid', 'high', 'full'] as const;
export type ProgressBucket = (typeof progressBuckets)[number];

/** 0 %, 1–49 %, 50–79 %, 80–99 %, 100 %: the steps of the progress colouring. */
export function progressBucket(progress: number | null): ProgressBucket {
  if (progress === null || progress <= 0) return 'none';
  if (progress >= 100) return 'full';
  if (progress < 50) return 'low';
  return progress < 80 ? 'mid' : 'high';
}

/** The class an action falls in for the chosen colouring (a done fiche counts 100 %, as roll-ups say). */
export function actionClass(action: MapAction, mode: ColourMode): string {
  if (mode === 'status') return action.status.category;
  if (mode === 'weather') return action.weather ?? 'none';
  return progressBucket(action.status.category === 'done' ? 100 : action.progress);
}

/**
 * Fit to width: the zoom at which content of `naturalWidth` fills `available`, never above 1 (a
 * small plan keeps its size) nor below `min` (text would no longer be readable).
 */
export function fitZoom(naturalWidth: number, available: number, min = 0.3): number {
  if (naturalWidth <= 0 || available <= 0) return 1;
  return Math.max(min, Math.min(1, Math.floor((available / naturalWidth) * 100) / 100));
}

/** CSS pixels across the printable width of a landscape page (8 mm margins). */
export const printWidthPx = { a3: ((420 - 16) / 25.4) * 96, a4: ((297 - 16) / 25.4) * 96 } as const;
export type PaperFormat = keyof typeof printWidthPx;

/** A node's fiches per class of the colouring (null for progress: a node has one figure, its roll-up). */
export function nodeCounts(node: MapNode, mode: ColourMode): { key: string; count: number }[] | null {
  if (mode === 'status') return Object.entries(node.byCategory).map(([key, count]) => ({ key, count }));
  if (mode === 'weather') return Object.entries(node.byWeather).map(([key, count]) => ({ key, count }));
  return null;
}

/** Axis column width and gaps of strategy-map.module.css: the map's width at 100 % follows from its axes. */
export const AXIS_WIDTH = 300;
export const MAP_GAP = 16;
export const mapWidth = (axes: number) => axes * (AXIS_WIDTH + MAP_GAP) + MAP_GAP;

/**
 * Room the map has in the window, estimated without asking the browser for a layout (which would
 * lay the whole map out once more): the window less the navigation bar and the page's margins.
 */
export const estimatedRoom = (windowWidth: number) => windowWidth - (windowWidth >= 768 ? 240 : 0) - 64;
