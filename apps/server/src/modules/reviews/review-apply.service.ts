import { REVIEW_DECISION_HISTORY_ACTION, type ActionUpdateInput, type ReviewDecisionEffect } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { frenchDate } from '../../lib/spreadsheet-safe.js';
import { mergeAction } from '../actions/action-merge.service.js';
import { updateActionFields } from '../actions/action-update.service.js';
import { firstStatusOf } from '../actions/action.repository.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { findPlanAction } from './review-agenda.repository.js';
import { alreadyApplied } from './review-items.service.js';
import { lockDecision, updateDecision } from './review-items.repository.js';
import { readFullReview } from './review-read.js';
import { loadReviewForActor } from './review.access.js';
import type { ReviewRow } from './review.table.js';

/** The fiche changed after the decision was recorded: the decision must be looked at again (rebased) first. */
const ficheChanged = () =>
  new AppError(409, 'conflict', 'La fiche a été modifiée depuis que la décision a été prise : vérifiez la décision puis mettez-la à jour avant de l’appliquer');

/**
 * Applies a decision's effect to its fiche, through the same services as the fiche's own page
 * (so the same checks, history and notifications), and marks it applied — all in one
 * transaction: a refusal anywhere leaves the fiche and the decision as they were. The fiche's
 * history gets a `review.decision` event pointing back to the review (shape in review.schema.ts).
 */
export async function applyDecision(ctx: AppContext, actor: MemberActor, reviewId: string, decisionId: string) {
  const { review, resource } = await loadReviewForActor(ctx.db, actor, reviewId, { manage: true });
  const scope = scopeOf(actor);
  const applied = await ctx.db.transaction(async (tx) => {
    const decision = await lockDecision(tx, { ...scope, id: decisionId });
    if (!decision || decision.reviewId !== reviewId) throw notFound('Décision');
    if (decision.appliedAt) throw alreadyApplied();
    if (!decision.effect) throw invalid([{ path: 'effect', message: 'Cette décision ne modifie aucune fiche' }]);
    const action = decision.actionId ? await findPlanAction(tx, { ...scope, planId: review.planId, id: decision.actionId }) : undefined;
    if (!action) throw invalid([{ path: 'effect', message: 'La fiche de cette décision n’existe plus dans le plan' }]);
    if (action.version !== decision.actionVersion) throw ficheChanged();

    // The action services open their own transaction on ctx.db: given ours, each becomes a savepoint inside it.
    await applyEffect({ ...ctx, db: tx }, tx, actor, action, decision.effect);
    const now = ctx.clock.now();
    const marked = await updateDecision(tx, { ...scope, id: decisionId, version: decision.version }, { appliedAt: now, appliedById: actor.userId, updatedAt: now });
    if (!marked) throw alreadyApplied();
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'action',
      entityId: action.id,
      action: REVIEW_DECISION_HISTORY_ACTION,
      before: { review: null, reviewId: null, decision: null, effect: null },
      after: { review: reviewLabel(review), reviewId, decision: decision.text, effect: decision.effect.type },
    });
    return readFullReview(tx, ctx, actor, reviewId, resource);
  });
  ctx.wakeJobs?.();
  return applied;
}

async function applyEffect(ctx: AppContext, tx: DbOrTx, actor: MemberActor, action: { id: string; version: number }, effect: ReviewDecisionEffect) {
  const update = (fields: Omit<ActionUpdateInput, 'version'>) => updateActionFields(ctx, actor, action.id, { ...fields, version: action.version });
  switch (effect.type) {
    case 'status':
      return update({ statusId: effect.statusId });
    case 'pilot':
      return update({ pilotId: effect.pilotId });
    case 'end_date':
      return update({ endsOn: effect.endsOn });
    case 'close': {
      // « Clore »: the collectivité's first active status (by position) whose category is done.
      const done = await firstStatusOf(tx, { ...scopeOf(actor), category: 'done' });
      if (!done) throw invalid([{ path: 'effect', message: 'Aucun statut « terminé » actif dans la collectivité' }]);
      return update({ statusId: done.id });
    }
    case 'attach':
      return mergeAction(ctx, actor, action.id, { targetActionId: effect.targetActionId, mode: 'attach' });
    case 'merge':
      return mergeAction(ctx, actor, action.id, { targetActionId: effect.targetActionId, mode: 'merge' });
  }
}

/** « Revue de projet du 02/03/2026 »: the label of the history's link to the review. */
export const reviewLabel = (review: Pick<ReviewRow, 'title' | 'date'>) => `${review.title} du ${frenchDate(review.date)}`;
