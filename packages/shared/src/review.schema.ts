import { z } from 'zod';
import { versionSchema } from './common.schema.js';
import { measureStatuses } from './indicator-status.js';
import { emailAddressSchema } from './mail.schema.js';
import { isoDateSchema } from './plan.schema.js';
import { reviewCadences } from './review-dates.js';
import { reviewDecisionSchema } from './review-decision.schema.js';
import { statusCategories } from './status.schema.js';

/**
 * Review meetings (« revues »): a series (revue de projet every 8 weeks, comité de pilotage…)
 * holds reviews; a review has attendees, an agenda of items (a fiche action, an indicator or a
 * free topic) and decisions per item, some of which change a fiche when applied.
 */
export const reviewKinds = ['project_review', 'steering_committee', 'management_review', 'operational', 'other'] as const;
export type ReviewKind = (typeof reviewKinds)[number];
export const reviewStatuses = ['planned', 'held'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export const attendeePresences = ['invited', 'present', 'excused', 'absent'] as const;
export type AttendeePresence = (typeof attendeePresences)[number];
export const reviewItemKinds = ['action', 'indicator', 'free'] as const;
export type ReviewItemKind = (typeof reviewItemKinds)[number];
/**
 * Why an item is on the agenda. `blocked` is kept for collectivités whose statuses get a
 * « blocked » category; today's categories have none, so the proposal never gives it.
 */
export const reviewItemReasons = ['late', 'stormy', 'blocked', 'no_pilot', 'changed', 'indicator_off_track', 'manual'] as const;
export type ReviewItemReason = (typeof reviewItemReasons)[number];

const title = z.string().trim().min(1).max(200);
const startTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure attendue au format HH:MM' });
const location = z.string().trim().max(300);

// ---------- Series ----------

/** A default attendee: a member of the collectivité, or a person from outside (e-mail optional). */
export const defaultAttendeeSchema = z.union([
  z.strictObject({ userId: z.uuid() }),
  z.strictObject({ name: z.string().trim().min(1).max(200), email: emailAddressSchema.nullable() }),
]);
export type DefaultAttendee = z.infer<typeof defaultAttendeeSchema>;

const seriesFields = {
  planId: z.uuid(),
  title,
  kind: z.enum(reviewKinds),
  cadence: z.enum(reviewCadences),
  /** Only with cadence `weeks` (every 2 weeks, every 8 weeks…); null otherwise. */
  everyWeeks: z.number().int().min(1).max(52).nullable(),
  defaultAttendees: z.array(defaultAttendeeSchema).max(100),
};

const everyWeeksIssue = { message: 'Indiquez le nombre de semaines (1 à 52)', path: ['everyWeeks'] };
const everyWeeksMatches = (v: { cadence?: string; everyWeeks?: number | null }) =>
  v.cadence === undefined || (v.cadence === 'weeks') === (v.everyWeeks !== null && v.everyWeeks !== undefined);

export const reviewSeriesCreateSchema = z
  .strictObject({ ...seriesFields, everyWeeks: seriesFields.everyWeeks.default(null), defaultAttendees: seriesFields.defaultAttendees.default([]) })
  .refine(everyWeeksMatches, everyWeeksIssue);
export type ReviewSeriesCreateInput = z.input<typeof reviewSeriesCreateSchema>;

/** The plan stays; cadence and everyWeeks are checked together on the merged series. */
export const reviewSeriesUpdateSchema = z
  .strictObject({ title, kind: seriesFields.kind, cadence: seriesFields.cadence, everyWeeks: seriesFields.everyWeeks, defaultAttendees: seriesFields.defaultAttendees })
  .partial()
  .extend({ version: versionSchema });
export type ReviewSeriesUpdateInput = z.input<typeof reviewSeriesUpdateSchema>;

export const reviewSeriesListQuerySchema = z.object({ planId: z.uuid() });

/** A default attendee as presented: members with their current name and address. */
export const presentedAttendeeRefSchema = z.object({ userId: z.uuid().nullable(), name: z.string(), email: z.string().nullable() });

export const reviewSeriesSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  title: z.string(),
  kind: z.enum(reviewKinds),
  cadence: z.enum(reviewCadences),
  everyWeeks: z.number().int().nullable(),
  defaultAttendees: z.array(presentedAttendeeRefSchema),
  /** `proposeNextReviewDate(cadence, everyWeeks, lastReviewDate, today)`. */
  nextDate: z.string(),
  lastReviewDate: z.string().nullable(),
  reviewCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), createReview: z.boolean() }),
});
export type ReviewSeries = z.infer<typeof reviewSeriesSchema>;
export const reviewSeriesListSchema = z.object({ data: z.array(reviewSeriesSchema) });
export const reviewSeriesAnswerSchema = z.object({ data: reviewSeriesSchema });

// ---------- Attendees ----------

/** One attendee of a review: a member (`userId`, name and address taken from the user) or a name. */
export const reviewAttendeeInputSchema = z
  .strictObject({
    userId: z.uuid().nullable().optional(),
    name: z.string().trim().min(1).max(200).optional(),
    email: emailAddressSchema.nullable().optional(),
    presence: z.enum(attendeePresences).default('invited'),
  })
  .refine((a) => Boolean(a.userId) || Boolean(a.name), { message: 'Choisissez un membre ou saisissez un nom', path: ['name'] });
export type ReviewAttendeeInput = z.input<typeof reviewAttendeeInputSchema>;

export const reviewAttendeeSchema = z.object({
  id: z.uuid(),
  userId: z.uuid().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  presence: z.enum(attendeePresences),
});
export type ReviewAttendee = z.infer<typeof reviewAttendeeSchema>;

// ---------- Reviews ----------

export const reviewCreateSchema = z.strictObject({
  seriesId: z.uuid(),
  /** Default: the series' next date. */
  date: isoDateSchema.optional(),
  /** Default: the series' title. */
  title: title.optional(),
  startTime: startTimeSchema.nullable().optional(),
  location: location.nullable().optional(),
  /** Default: the series' default attendees. */
  attendees: z.array(reviewAttendeeInputSchema).max(200).optional(),
});
export type ReviewCreateInput = z.input<typeof reviewCreateSchema>;

export const reviewUpdateSchema = z.strictObject({
  version: versionSchema,
  title: title.optional(),
  date: isoDateSchema.optional(),
  startTime: startTimeSchema.nullable().optional(),
  location: location.nullable().optional(),
  /** A review is held once (its snapshot is frozen then); it does not go back to planned. */
  status: z.literal('held').optional(),
  /** The whole list, replaced (with each attendee's presence). */
  attendees: z.array(reviewAttendeeInputSchema).max(200).optional(),
});
export type ReviewUpdateInput = z.input<typeof reviewUpdateSchema>;

export const reviewListQuerySchema = z.object({ planId: z.uuid().optional(), seriesId: z.uuid().optional() });

export const reviewListItemSchema = z.object({
  id: z.uuid(),
  seriesId: z.uuid(),
  seriesTitle: z.string(),
  planId: z.uuid(),
  title: z.string(),
  date: z.string(),
  status: z.enum(reviewStatuses),
  itemCount: z.number().int(),
  decisionCount: z.number().int(),
});
export type ReviewListItem = z.infer<typeof reviewListItemSchema>;
export const reviewListSchema = z.object({ data: z.array(reviewListItemSchema) });

// ---------- Items ----------

/** The fiche action an item is about, as it is now. */
export const reviewActionSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  statusLabel: z.string(),
  statusCategory: z.enum(statusCategories),
  progress: z.number().int(),
  endsOn: z.string().nullable(),
  pilotName: z.string().nullable(),
  version: z.number().int(),
  late: z.boolean(),
});
export type ReviewActionSummary = z.infer<typeof reviewActionSummarySchema>;

/** The indicator an item is about: its latest measure (value and status against the target). */
export const reviewIndicatorSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  lastPeriod: z.string().nullable(),
  lastValue: z.number().nullable(),
  status: z.enum(measureStatuses).nullable(),
});
export type ReviewIndicatorSummary = z.infer<typeof reviewIndicatorSummarySchema>;

export const reviewItemCreateSchema = z
  .strictObject({
    kind: z.enum(reviewItemKinds),
    actionId: z.uuid().optional(),
    indicatorId: z.uuid().optional(),
    /** Required for a free topic; defaults to the fiche's or indicator's title. */
    title: title.optional(),
    reasons: z.array(z.enum(reviewItemReasons)).max(reviewItemReasons.length).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'action' && !item.actionId) ctx.addIssue({ code: 'custom', path: ['actionId'], message: 'Choisissez une fiche action' });
    if (item.kind === 'indicator' && !item.indicatorId) ctx.addIssue({ code: 'custom', path: ['indicatorId'], message: 'Choisissez un indicateur' });
    if (item.kind === 'free' && !item.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'Saisissez un sujet' });
  });
export type ReviewItemCreateInput = z.input<typeof reviewItemCreateSchema>;

export const reviewItemUpdateSchema = z.strictObject({
  version: versionSchema,
  /** Markdown subset, like the journal. */
  notes: z.string().max(20_000).optional(),
  /** 0-based place in the agenda; the others shift. */
  position: z.number().int().min(0).optional(),
  title: title.optional(),
});
export type ReviewItemUpdateInput = z.input<typeof reviewItemUpdateSchema>;

export const reviewItemSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: z.enum(reviewItemKinds),
  actionId: z.uuid().nullable(),
  indicatorId: z.uuid().nullable(),
  title: z.string(),
  reasons: z.array(z.enum(reviewItemReasons)),
  notes: z.string(),
  /** Null when the item is not about a fiche, or the fiche was deleted since. */
  action: reviewActionSummarySchema.nullable(),
  indicator: reviewIndicatorSummarySchema.nullable(),
  decisions: z.array(reviewDecisionSchema),
  version: z.number().int(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

/** A proposed agenda item: same shape, not saved yet (no id, notes, decisions). */
export const reviewProposedItemSchema = reviewItemSchema.pick({ kind: true, actionId: true, indicatorId: true, title: true, reasons: true, action: true, indicator: true });
export type ReviewProposedItem = z.infer<typeof reviewProposedItemSchema>;
export const reviewAgendaProposalSchema = z.object({ data: z.array(reviewProposedItemSchema) });

export const reviewSchema = z.object({
  id: z.uuid(),
  seriesId: z.uuid(),
  series: z.object({ id: z.uuid(), title: z.string(), kind: z.enum(reviewKinds) }),
  planId: z.uuid(),
  title: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  location: z.string().nullable(),
  status: z.enum(reviewStatuses),
  heldAt: z.string().nullable(),
  previousReviewId: z.uuid().nullable(),
  invitationsSentAt: z.string().nullable(),
  minutesSentAt: z.string().nullable(),
  attendees: z.array(reviewAttendeeSchema),
  items: z.array(reviewItemSchema),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Review = z.infer<typeof reviewSchema>;
export const reviewAbilitiesSchema = z.object({ update: z.boolean(), apply: z.boolean(), sendMinutes: z.boolean() });
export type ReviewAbilities = z.infer<typeof reviewAbilitiesSchema>;
export const reviewAnswerSchema = z.object({ data: reviewSchema, can: reviewAbilitiesSchema });

export const reviewInvitationsAnswerSchema = z.object({ data: z.object({ invitationsSentAt: z.string(), emailed: z.number().int(), notified: z.number().int() }) });
