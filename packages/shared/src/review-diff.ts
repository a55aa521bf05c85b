import type { DiffActionRef, ReviewDiffChanges, ReviewSnapshotData, SnapshotAction, SnapshotPoint } from './review-diff.schema.js';

const closed = (action: SnapshotAction) => action.statusCategory === 'done' || action.statusCategory === 'stopped';
const refOf = ({ id, code, title }: SnapshotAction): DiffActionRef => ({ id, code, title });

/** "1.2" before "1.10"; an unknown segment ("?") first. */
function byCode(a: { code: string }, b: { code: string }) {
  const x = a.code.split('.').map((s) => (s === '?' ? -1 : Number(s)));
  const y = b.code.split('.').map((s) => (s === '?' ? -1 : Number(s)));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.code.localeCompare(b.code);
}

const samePoint = (a: SnapshotPoint | null, b: SnapshotPoint | null) =>
  a === b || (a !== null && b !== null && a.period === b.period && a.value === b.value && a.status === b.status);

/**
 * What changed between the plan as a previous review froze it and the plan now (or as this review
 * froze it). No previous review: every fiche is new and every measured indicator moves from
 * nothing. Codes and titles are the current ones (a fiche may have been renumbered since); a fiche
 * removed since keeps the code it had.
 */
export function diffReviewSnapshots(previous: ReviewSnapshotData | null, current: ReviewSnapshotData): ReviewDiffChanges {
  const before = new Map((previous?.actions ?? []).map((a) => [a.id, a]));
  const now = new Map(current.actions.map((a) => [a.id, a]));
  const changes: ReviewDiffChanges = {
    statusChanges: [],
    progressChanges: [],
    newActions: [],
    closedActions: [],
    mergedActions: [],
    removedActions: [],
    indicatorMoves: [],
  };
  for (const action of [...current.actions].sort(byCode)) {
    const old = before.get(action.id);
    if (!old) {
      changes.newActions.push(refOf(action));
      continue;
    }
    if (old.progress !== action.progress) changes.progressChanges.push({ action: refOf(action), from: old.progress, to: action.progress });
    const into = action.mergedIntoId ? now.get(action.mergedIntoId) : undefined;
    if (action.mergedIntoId && !old.mergedIntoId) {
      // The target may be a fiche of another plan: then only its id is known here.
      changes.mergedActions.push({ action: refOf(action), into: into ? refOf(into) : { id: action.mergedIntoId, code: '?', title: '' } });
    } else if (closed(action) && !closed(old)) changes.closedActions.push(refOf(action));
    else if (old.statusId !== action.statusId) changes.statusChanges.push({ action: refOf(action), from: old.statusLabel, to: action.statusLabel });
  }
  changes.removedActions = [...before.values()].filter((a) => !now.has(a.id)).sort(byCode).map(refOf);

  const pointsBefore = new Map((previous?.indicators ?? []).map((i) => [i.id, i.last]));
  for (const indicator of [...current.indicators].sort((a, b) => a.code.localeCompare(b.code))) {
    const from = pointsBefore.get(indicator.id) ?? null;
    if (samePoint(from, indicator.last)) continue;
    const { id, code, name } = indicator;
    changes.indicatorMoves.push({ indicator: { id, code, name }, from, to: indicator.last });
  }
  return changes;
}
