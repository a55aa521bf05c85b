import type { StatusCategory } from './status.schema.js';

/**
 * Roll-up rules, shared by the server's SQL (which must give the same numbers) and the web.
 * - Only top-level actions count (a sub-action is part of its parent's progress, not a second action).
 * - Progress is the weighted mean over actions and, recursively, the whole subtree of a node.
 *   A done action counts 100 %; a stopped one (suspended, abandoned) is left out of the mean.
 * - Late: not done nor stopped, and its end date or one of its milestones' due dates has passed.
 */
export interface RollupAction {
  nodeId: string;
  weight: number;
  progress: number;
  category: StatusCategory;
  late: boolean;
  plannedCents?: number;
  committedCents?: number;
  spentCents?: number;
}

export interface Rollup {
  progress: number | null;
  actionCount: number;
  lateCount: number;
  byCategory: Record<StatusCategory, number>;
  budget: { plannedCents: number; committedCents: number; spentCents: number };
}

export function isLate(
  action: { category: StatusCategory; endsOn: string | null },
  milestones: { dueOn: string | null; doneOn: string | null }[],
  today: string,
): boolean {
  if (action.category === 'done' || action.category === 'stopped') return false;
  if (action.endsOn && action.endsOn < today) return true;
  return milestones.some((m) => !m.doneOn && m.dueOn !== null && m.dueOn < today);
}

export const effectiveProgress = (a: Pick<RollupAction, 'category' | 'progress'>) => (a.category === 'done' ? 100 : a.progress);

interface Acc {
  weighted: number;
  weights: number;
  rollup: Rollup;
}

const emptyAcc = (): Acc => ({
  weighted: 0,
  weights: 0,
  rollup: {
    progress: null,
    actionCount: 0,
    lateCount: 0,
    byCategory: { not_started: 0, in_progress: 0, done: 0, stopped: 0 },
    budget: { plannedCents: 0, committedCents: 0, spentCents: 0 },
  },
});

function addAction(acc: Acc, a: RollupAction) {
  const r = acc.rollup;
  r.actionCount++;
  if (a.late) r.lateCount++;
  r.byCategory[a.category]++;
  r.budget.plannedCents += a.plannedCents ?? 0;
  r.budget.committedCents += a.committedCents ?? 0;
  r.budget.spentCents += a.spentCents ?? 0;
  if (a.category !== 'stopped') {
    acc.weighted += a.weight * effectiveProgress(a);
    acc.weights += a.weight;
  }
}

function addChild(acc: Acc, child: Acc) {
  const r = acc.rollup;
  const c = child.rollup;
  r.actionCount += c.actionCount;
  r.lateCount += c.lateCount;
  for (const key of Object.keys(r.byCategory) as StatusCategory[]) r.byCategory[key] += c.byCategory[key];
  r.budget.plannedCents += c.budget.plannedCents;
  r.budget.committedCents += c.budget.committedCents;
  r.budget.spentCents += c.budget.spentCents;
  acc.weighted += child.weighted;
  acc.weights += child.weights;
}

/** Roll-up of every node (its whole subtree) and of the plan (key `plan`). */
export function rollupTree(nodes: { id: string; parentId: string | null }[], actions: RollupAction[]): Map<string, Rollup> {
  const accs = new Map(nodes.map((n) => [n.id, emptyAcc()]));
  for (const action of actions) {
    const acc = accs.get(action.nodeId);
    if (acc) addAction(acc, action);
  }
  const children = new Map<string | null, string[]>();
  for (const node of nodes) {
    const parent = node.parentId && accs.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node.id]);
  }
  const total = emptyAcc();
  const visit = (id: string, seen: Set<string>): Acc => {
    const acc = accs.get(id)!;
    for (const child of children.get(id) ?? []) if (!seen.has(child)) addChild(acc, visit(child, seen.add(child)));
    return acc;
  };
  for (const root of children.get(null) ?? []) addChild(total, visit(root, new Set([root])));
  const result = new Map<string, Rollup>();
  for (const [id, acc] of [...accs, ['plan', total] as const]) {
    acc.rollup.progress = acc.weights > 0 ? Math.round((acc.weighted / acc.weights) * 10) / 10 : null;
    result.set(id, acc.rollup);
  }
  return result;
}

/** One collator for every comparison: `localeCompare(x, 'fr')` builds one per call, which is slow. */
export const frenchCollator = new Intl.Collator('fr');

/** Sibling order: position, then title. */
export const bySiblingOrder = (a: { position: number; title: string }, b: { position: number; title: string }) =>
  a.position - b.position || frenchCollator.compare(a.title, b.title);

/** Codes 1, 1.2, 1.2.3 from the order of siblings (by position, then title). */
export function nodeCodes(nodes: { id: string; parentId: string | null; position: number; title: string }[]): Map<string, string> {
  const byParent = new Map<string | null, typeof nodes>();
  const ids = new Set(nodes.map((n) => n.id));
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(node);
    else byParent.set(parent, [node]);
  }
  const codes = new Map<string, string>();
  const walk = (parent: string | null, prefix: string) => {
    const siblings = (byParent.get(parent) ?? []).sort(bySiblingOrder);
    siblings.forEach((node, index) => {
      if (codes.has(node.id)) return;
      const code = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      codes.set(node.id, code);
      walk(node.id, code);
    });
  };
  walk(null, '');
  return codes;
}
