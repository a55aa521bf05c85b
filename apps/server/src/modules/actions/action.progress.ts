import { effectiveProgress } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { listActionMilestones, listSubActions, lockAction, setActionProgress } from './action.repository.js';

/** Weighted mean of sub-actions (done counts 100, stopped ones are left out, as in roll-ups); 0 when none count. */
export function progressFromSubActions(subs: { weight: number; progress: number; category: Parameters<typeof effectiveProgress>[0]['category'] }[]) {
  const counted = subs.filter((sub) => sub.category !== 'stopped');
  const weights = counted.reduce((sum, sub) => sum + sub.weight, 0);
  if (weights <= 0) return 0;
  return Math.round(counted.reduce((sum, sub) => sum + sub.weight * effectiveProgress(sub), 0) / weights);
}

export function progressFromMilestones(milestones: { doneOn: string | null }[]) {
  if (milestones.length === 0) return 0;
  return Math.round((100 * milestones.filter((m) => m.doneOn !== null).length) / milestones.length);
}

/**
 * Recomputes an action's progress when its mode says so ('subactions': weighted mean of its
 * sub-actions; 'milestones': share of milestones done), then its parent's. Call it in the same
 * transaction after changing milestones, sub-actions or the mode. 'manual' leaves progress alone.
 * Computed progress is derived data: no version bump and no history line of its own (the change
 * that caused it has one).
 */
export async function recomputeActionProgress(
  db: DbOrTx,
  ctx: { clock: Clock },
  ref: { organizationId: string; actionId: string },
): Promise<void> {
  const scope = { organizationId: ref.organizationId };
  // Locked so that two sub-actions changing at once cannot both compute from a stale picture.
  const action = await lockAction(db, { ...scope, id: ref.actionId });
  if (!action) return;
  let progress: number | null = null;
  if (action.progressMode === 'subactions') {
    const subs = await listSubActions(db, { ...scope, actionId: action.id });
    progress = progressFromSubActions(subs.map(({ action: sub, category }) => ({ weight: sub.weight, progress: sub.progress, category })));
  } else if (action.progressMode === 'milestones') {
    progress = progressFromMilestones(await listActionMilestones(db, { ...scope, actionId: action.id }));
  }
  if (progress !== null && progress !== action.progress) await setActionProgress(db, { ...scope, id: action.id }, progress);
  if (action.parentActionId) await recomputeActionProgress(db, ctx, { ...scope, actionId: action.parentActionId });
}
