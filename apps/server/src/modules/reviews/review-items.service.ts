import type { ReviewDecisionEffect, reviewDecisionCreateSchema, reviewDecisionUpdateSchema, reviewItemCreateSchema, reviewItemUpdateSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { sanitizeLogText } from '../actions/parts/log-text.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { readerOf } from '../indicators/indicator-list.service.js';
import { findPlanAction, selectIndicatorsByIds, selectReadableIndicatorIds } from './review-agenda.repository.js';
import {
  countAppliedDecisions,
  deleteDecision,
  deleteItem,
  findDecision,
  findItem,
  insertDecision,
  insertItems,
  listItems,
  setItemPosition,
  updateDecision,
  updateItem,
} from './review-items.repository.js';
import { readFullReview } from './review-read.js';
import { loadReviewForActor } from './review.access.js';

type ItemCreate = z.output<typeof reviewItemCreateSchema>;
type ItemUpdate = z.output<typeof reviewItemUpdateSchema>;
type DecisionCreate = z.output<typeof reviewDecisionCreateSchema>;
type DecisionUpdate = z.output<typeof reviewDecisionUpdateSchema>;
const ENTITY = 'review';

/** Every change of the agenda answers the whole review, as the page shows it. */
async function withReview<T>(ctx: AppContext, actor: MemberActor, reviewId: string, change: (tx: DbOrTx, review: { planId: string }) => Promise<T>) {
  const { review, resource } = await loadReviewForActor(ctx.db, actor, reviewId, { manage: true });
  return ctx.db.transaction(async (tx) => {
    await change(tx, review);
    return readFullReview(tx, ctx, actor, reviewId, resource);
  });
}

/** Adds a fiche of the plan, an indicator or a free topic at the end of the agenda (reason « manual » unless given). */
export async function addItem(ctx: AppContext, actor: MemberActor, reviewId: string, input: ItemCreate) {
  return withReview(ctx, actor, reviewId, async (tx, review) => {
    const scope = scopeOf(actor);
    let title = input.title;
    if (input.kind === 'action') {
      const action = await findPlanAction(tx, { ...scope, planId: review.planId, id: input.actionId! });
      if (!action) throw invalid([{ path: 'actionId', message: 'Fiche action introuvable dans le plan de la revue' }]);
      title ??= action.title;
    } else if (input.kind === 'indicator') {
      const readable = await selectReadableIndicatorIds(tx, { ...scope, ids: [input.indicatorId!], reader: await readerOf(tx, actor) });
      const [indicator] = readable.size > 0 ? await selectIndicatorsByIds(tx, { ...scope, ids: [input.indicatorId!] }) : [];
      if (!indicator) throw invalid([{ path: 'indicatorId', message: 'Indicateur introuvable' }]);
      title ??= indicator.name;
    }
    const items = await listItems(tx, { ...scope, reviewId });
    const duplicate = items.find((item) => (input.actionId && item.actionId === input.actionId) || (input.indicatorId && item.indicatorId === input.indicatorId));
    if (duplicate) throw conflict('Ce sujet est déjà à l’ordre du jour');
    const now = ctx.clock.now();
    await insertItems(tx, [
      {
        id: newId(),
        ...scope,
        reviewId,
        position: items.length === 0 ? 0 : Math.max(...items.map((item) => item.position)) + 1,
        kind: input.kind,
        actionId: input.kind === 'action' ? input.actionId! : null,
        indicatorId: input.kind === 'indicator' ? input.indicatorId! : null,
        title: title!,
        reasons: input.reasons && input.reasons.length > 0 ? [...new Set(input.reasons)] : ['manual'],
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: reviewId, action: 'item.create', before: { [`item:${title}`]: null }, after: { [`item:${title}`]: title } });
  });
}

/** Notes (Markdown subset, without HTML), title, or place in the agenda (the others shift). */
export async function changeItem(ctx: AppContext, actor: MemberActor, reviewId: string, itemId: string, input: ItemUpdate) {
  return withReview(ctx, actor, reviewId, async (tx) => {
    const scope = scopeOf(actor);
    const current = await findItem(tx, { ...scope, reviewId, id: itemId });
    if (!current) throw notFound('Point de l’ordre du jour');
    if (current.version !== input.version) throw conflict();
    let position: number | undefined;
    if (input.position !== undefined && input.position !== current.position) {
      const others = (await listItems(tx, { ...scope, reviewId })).filter((item) => item.id !== itemId);
      position = Math.min(input.position, others.length);
      await renumber(tx, others, position);
    }
    const updated = await updateItem(tx, { ...scope, id: itemId, version: input.version }, {
      title: input.title,
      notes: input.notes === undefined ? undefined : sanitizeLogText(input.notes),
      position,
      updatedAt: ctx.clock.now(),
    });
    if (!updated) throw conflict();
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: ENTITY,
      entityId: reviewId,
      action: 'item.update',
      before: { [`item:${current.title}`]: current.notes, title: current.title },
      after: { [`item:${current.title}`]: updated.notes, title: updated.title },
    });
  });
}

/** Positions 0…n-1 for the other items, leaving `gap` free for the moved one. */
async function renumber(tx: DbOrTx, others: { id: string; position: number; organizationId: string }[], gap: number) {
  for (const [index, item] of others.entries()) {
    const position = index < gap ? index : index + 1;
    if (position !== item.position) await setItemPosition(tx, { organizationId: item.organizationId, id: item.id, position });
  }
}

/** An item whose decisions were applied stays: it is what the fiche's history points to. */
export async function removeItem(ctx: AppContext, actor: MemberActor, reviewId: string, itemId: string) {
  return withReview(ctx, actor, reviewId, async (tx) => {
    const scope = scopeOf(actor);
    const current = await findItem(tx, { ...scope, reviewId, id: itemId });
    if (!current) throw notFound('Point de l’ordre du jour');
    if ((await countAppliedDecisions(tx, { ...scope, itemIds: [itemId] })) > 0) throw conflict('Ce point porte des décisions appliquées : il ne peut pas être retiré');
    await deleteItem(tx, { ...scope, id: itemId });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: reviewId, action: 'item.delete', before: { [`item:${current.title}`]: current.title }, after: { [`item:${current.title}`]: null } });
  });
}

/**
 * Records a decision on an item. One with an effect needs the item to be about a fiche; the
 * fiche's version is kept, so applying it later over a fiche changed since is refused.
 */
export async function addDecision(ctx: AppContext, actor: MemberActor, reviewId: string, itemId: string, input: DecisionCreate) {
  return withReview(ctx, actor, reviewId, async (tx, review) => {
    const scope = scopeOf(actor);
    const item = await findItem(tx, { ...scope, reviewId, id: itemId });
    if (!item) throw notFound('Point de l’ordre du jour');
    const action = item.actionId ? await findPlanAction(tx, { ...scope, planId: review.planId, id: item.actionId }) : undefined;
    const effect = input.effect ?? null;
    checkEffect(effect, action, item.actionId);
    const now = ctx.clock.now();
    await insertDecision(tx, {
      id: newId(),
      ...scope,
      reviewId,
      itemId,
      text: input.text,
      effect,
      actionId: action?.id ?? null,
      actionVersion: action?.version ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: reviewId, action: 'decision.create', before: { [`decision:${item.title}`]: null }, after: { [`decision:${item.title}`]: input.text } });
  });
}

/** Text or effect (not once applied), or `rebase`: take the fiche's current version again. */
export async function changeDecision(ctx: AppContext, actor: MemberActor, reviewId: string, decisionId: string, input: DecisionUpdate) {
  return withReview(ctx, actor, reviewId, async (tx, review) => {
    const scope = scopeOf(actor);
    const current = await findDecision(tx, { ...scope, reviewId, id: decisionId });
    if (!current) throw notFound('Décision');
    if (current.version !== input.version) throw conflict();
    const changesEffect = input.effect !== undefined || input.rebase === true;
    if (current.appliedAt && changesEffect) throw alreadyApplied();
    const action = current.actionId ? await findPlanAction(tx, { ...scope, planId: review.planId, id: current.actionId }) : undefined;
    if (input.effect !== undefined) checkEffect(input.effect, action, current.actionId);
    const updated = await updateDecision(tx, { ...scope, id: decisionId, version: input.version }, {
      text: input.text,
      effect: input.effect,
      actionVersion: changesEffect && action ? action.version : undefined,
      updatedAt: ctx.clock.now(),
    });
    if (!updated) throw conflict();
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: ENTITY,
      entityId: reviewId,
      action: 'decision.update',
      before: { decision: current.text, effect: current.effect },
      after: { decision: updated.text, effect: updated.effect },
    });
  });
}

export async function removeDecision(ctx: AppContext, actor: MemberActor, reviewId: string, decisionId: string) {
  return withReview(ctx, actor, reviewId, async (tx) => {
    const scope = scopeOf(actor);
    const current = await findDecision(tx, { ...scope, reviewId, id: decisionId });
    if (!current) throw notFound('Décision');
    if (current.appliedAt) throw alreadyApplied();
    await deleteDecision(tx, { ...scope, id: decisionId });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: reviewId, action: 'decision.delete', before: { decision: current.text }, after: { decision: null } });
  });
}

export const alreadyApplied = () => new AppError(409, 'already_applied', 'Cette décision a déjà été appliquée à la fiche');

/** An effect changes the item's fiche: there must be one, and a merge or attachment cannot target the fiche itself. */
function checkEffect(effect: ReviewDecisionEffect | null, action: { id: string } | undefined, itemActionId: string | null) {
  if (!effect) return;
  if (!itemActionId || !action) throw invalid([{ path: 'effect', message: 'Seule une décision sur une fiche action du plan peut la modifier' }]);
  if ((effect.type === 'attach' || effect.type === 'merge') && effect.targetActionId === action.id) {
    throw invalid([{ path: 'effect.targetActionId', message: 'Choisissez une autre fiche que celle du point' }]);
  }
}
