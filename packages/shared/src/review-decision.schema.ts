import { z } from 'zod';
import { versionSchema } from './common.schema.js';
import { isoDateSchema } from './plan.schema.js';

/** Decisions of a review meeting (see review.schema.ts): what was decided on an agenda item, and what it does to the item's fiche. */

/**
 * What applying a decision does to the item's fiche. `close` sets the collectivité's first
 * active status (by position) whose category is `done`. `attach` makes the fiche a sub-action
 * of the target (same plan, the target being a top-level fiche); `merge` merges it into the target.
 */
export const reviewDecisionEffectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), statusId: z.uuid() }),
  z.strictObject({ type: z.literal('pilot'), pilotId: z.uuid() }),
  z.strictObject({ type: z.literal('end_date'), endsOn: isoDateSchema }),
  z.strictObject({ type: z.literal('attach'), targetActionId: z.uuid() }),
  z.strictObject({ type: z.literal('merge'), targetActionId: z.uuid() }),
  z.strictObject({ type: z.literal('close') }),
]);
export type ReviewDecisionEffect = z.infer<typeof reviewDecisionEffectSchema>;
export type ReviewDecisionEffectType = ReviewDecisionEffect['type'];

const decisionText = z.string().trim().min(1).max(5000);

/** An effect needs the item to be about a fiche action (422 on `effect` otherwise). */
export const reviewDecisionCreateSchema = z.strictObject({
  text: decisionText,
  effect: reviewDecisionEffectSchema.nullable().optional(),
});
export type ReviewDecisionCreateInput = z.input<typeof reviewDecisionCreateSchema>;

export const reviewDecisionUpdateSchema = z.strictObject({
  version: versionSchema,
  text: decisionText.optional(),
  effect: reviewDecisionEffectSchema.nullable().optional(),
  /** Take the fiche's current version again, after the fiche changed since the decision (409 on apply). */
  rebase: z.literal(true).optional(),
});
export type ReviewDecisionUpdateInput = z.input<typeof reviewDecisionUpdateSchema>;

export const reviewDecisionSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  text: z.string(),
  effect: reviewDecisionEffectSchema.nullable(),
  actionId: z.uuid().nullable(),
  /** The fiche's version when the decision was recorded (or rebased). */
  actionVersion: z.number().int().nullable(),
  /** The fiche changed since: applying answers 409 until the decision is rebased. */
  stale: z.boolean(),
  appliedAt: z.string().nullable(),
  appliedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  version: z.number().int(),
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

// ---------- History of an applied decision ----------

/**
 * An applied decision writes on the fiche's history (`GET /api/history/action/:id`) an event of
 * action `review.decision` whose changes are:
 * - `review`: { before: null, after: '<review title> du <DD/MM/YYYY>' } — shown as the link label;
 * - `reviewId`: { before: null, after: '<review id>' } — the web links to `/revues/<id>`;
 * - `decision`: { before: null, after: '<decision text>' };
 * - `effect`: { before: null, after: '<effect type>' }.
 * The fields the effect changed are in the regular event (`update`, `merge`…) written just before
 * it by the service that applied the effect, in the same transaction.
 */
export const REVIEW_DECISION_HISTORY_ACTION = 'review.decision';
