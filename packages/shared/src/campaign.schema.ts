import { z } from 'zod';
import { isoDateSchema } from './plan.schema.js';

/**
 * Update campaign: a manager asks the pilots of a scope (a plan, an axis with everything below it,
 * or an org unit's fiches) to update their fiches, and optionally the pilots of the linked
 * indicators their measures, by a deadline. Recurring campaigns open a new round every N weeks.
 */
export const campaignScopeSchema = z.union([
  z.strictObject({ planId: z.uuid(), nodeId: z.uuid().nullable().optional() }),
  z.strictObject({ orgUnitId: z.uuid() }),
]);
export type CampaignScopeInput = z.output<typeof campaignScopeSchema>;

export const DEFAULT_REMIND_DAYS_BEFORE = 2;

export const campaignCreateSchema = z.strictObject({
  title: z.string().trim().min(1, 'Donnez un titre à la campagne.').max(200),
  message: z.string().trim().max(4000).default(''),
  scope: campaignScopeSchema,
  includeIndicators: z.boolean().default(false),
  deadline: isoDateSchema,
  /** Every N weeks a new round opens when the deadline passes; null or absent = one-off. */
  recurrenceWeeks: z.number().int().min(1, 'Au moins une semaine.').max(52).nullable().optional(),
  remindDaysBefore: z.number().int().min(0).max(30).default(DEFAULT_REMIND_DAYS_BEFORE),
});
export type CampaignCreateInput = z.input<typeof campaignCreateSchema>;

export const campaignRemindSchema = z.strictObject({ userIds: z.array(z.uuid()).max(1000).optional() });

// ——— Pure rules (server job and web page share them) ———

const DAY_MS = 24 * 60 * 60 * 1000;
const toUtc = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (isoDate: string, days: number) => fromUtc(toUtc(isoDate) + days * DAY_MS);

/** A deadline is the whole day: it has passed only the day after. */
export const deadlinePassed = (deadline: string, today: string) => today > deadline;

export type AutomaticReminder = 'before' | 'after';

/**
 * Which automatic reminder is due today for a round: « after » once the deadline has passed,
 * « before » from `daysBefore` days before it until the deadline itself, else none. The caller
 * keeps track of what was sent, so each goes at most once per person.
 */
export function reminderDue(deadline: string, today: string, daysBefore: number): AutomaticReminder | null {
  if (deadlinePassed(deadline, today)) return 'after';
  return today >= addDays(deadline, -daysBefore) ? 'before' : null;
}

/**
 * The deadline of the round that opens when `deadline` has passed: N weeks later, skipping rounds
 * whose deadline would already be behind `today` (the server was stopped for a while).
 */
export function nextRoundDeadline(deadline: string, everyWeeks: number, today: string) {
  let next = addDays(deadline, 7 * everyWeeks);
  while (next < today) next = addDays(next, 7 * everyWeeks);
  return next;
}

/** A recipient is done when every item asked of them was updated. */
export const recipientDone = (items: { done: boolean }[]) => items.every((item) => item.done);

// ——— Answers ———

export const campaignItemKinds = ['action', 'indicator'] as const;
export type CampaignItemKind = (typeof campaignItemKinds)[number];

export const campaignItemSchema = z.object({
  kind: z.enum(campaignItemKinds),
  id: z.uuid(),
  title: z.string(),
  done: z.boolean(),
});
export type CampaignItem = z.infer<typeof campaignItemSchema>;

export const campaignScopeViewSchema = z.object({
  kind: z.enum(['plan', 'node', 'orgUnit']),
  planId: z.uuid().nullable(),
  nodeId: z.uuid().nullable(),
  orgUnitId: z.uuid().nullable(),
  /** « Plan de mandat », « Plan de mandat › Axe 2 », « Direction des écoles ». */
  label: z.string(),
});

const roundSchema = z.object({ number: z.number().int(), openedAt: z.string(), deadline: z.string(), late: z.boolean() });

export const campaignSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  scope: campaignScopeViewSchema,
  includeIndicators: z.boolean(),
  recurrenceWeeks: z.number().int().nullable(),
  round: roundSchema,
  recipients: z.number().int(),
  done: z.number().int(),
  closedAt: z.string().nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

export const campaignRecipientSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  done: z.boolean(),
  doneCount: z.number().int(),
  todoCount: z.number().int(),
  /** Deadline passed and not done. */
  late: z.boolean(),
  lastRemindedAt: z.string().nullable(),
  items: z.array(campaignItemSchema),
});
export type CampaignRecipient = z.infer<typeof campaignRecipientSchema>;

export const campaignDetailSchema = campaignSummarySchema.extend({
  message: z.string(),
  remindDaysBefore: z.number().int(),
  version: z.number().int(),
  recipientList: z.array(campaignRecipientSchema),
  can: z.object({ remind: z.boolean(), close: z.boolean() }),
});
export type CampaignDetail = z.infer<typeof campaignDetailSchema>;

export const campaignTaskSchema = z.object({
  campaignId: z.uuid(),
  title: z.string(),
  message: z.string(),
  deadline: z.string(),
  late: z.boolean(),
  items: z.array(campaignItemSchema),
});
export type CampaignTask = z.infer<typeof campaignTaskSchema>;

export const campaignListSchema = z.object({ data: z.array(campaignSummarySchema) });
export const campaignAnswerSchema = z.object({ data: campaignDetailSchema });
export const campaignTaskListSchema = z.object({ data: z.array(campaignTaskSchema) });
export const campaignRemindAnswerSchema = z.object({ data: z.object({ reminded: z.number().int() }) });
