import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';

/**
 * Recomputes an action's progress when its mode says so ('subactions': weighted mean of its
 * sub-actions; 'milestones': share of milestones done), then its parent's. Call it in the same
 * transaction after changing milestones, sub-actions or the mode. 'manual' leaves progress alone.
 */
export async function recomputeActionProgress(
  _db: DbOrTx,
  _ctx: { clock: Clock },
  _ref: { organizationId: string; actionId: string },
): Promise<void> {
  // Filled in with the actions module (issue 3).
}
