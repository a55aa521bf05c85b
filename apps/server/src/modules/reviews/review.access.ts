import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { findReview, findSeries } from './review.repository.js';

type Need = { manage: boolean };

/** The plan of a series or review: 404 when the actor may not read it, 403 when they read but must manage. */
async function planOf(db: DbOrTx, actor: MemberActor, planId: string, what: string, { manage }: Need) {
  const { plan, resource } = await loadPlanForActor(db, actor, planId).catch(() => {
    throw notFound(what);
  });
  authorize(actor, manage ? 'review.manage' : 'review.read', resource);
  return { plan, resource };
}

export async function loadSeriesForActor(db: DbOrTx, actor: MemberActor, id: string, need: Need) {
  const series = await findSeries(db, { ...scopeOf(actor), id });
  if (!series) throw notFound('Série de revues');
  return { series, ...(await planOf(db, actor, series.planId, 'Série de revues', need)) };
}

export async function loadReviewForActor(db: DbOrTx, actor: MemberActor, id: string, need: Need) {
  const review = await findReview(db, { ...scopeOf(actor), id });
  if (!review) throw notFound('Revue');
  return { review, ...(await planOf(db, actor, review.planId, 'Revue', need)) };
}
