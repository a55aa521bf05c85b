import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  AttendeePresence,
  DefaultAttendee,
  ReviewCadence,
  ReviewDecisionEffect,
  ReviewItemKind,
  ReviewItemReason,
  ReviewKind,
  ReviewStatus,
} from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { actions } from '../actions/action.table.js';
import { indicators } from '../indicators/indicator.table.js';
import { organizations } from '../organizations/organization.table.js';
import { plans } from '../plans/plan.table.js';
import { users } from '../users/user.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });
const org = () =>
  uuid()
    .notNull()
    .references(() => organizations.id);

/** A recurring meeting about a plan (revue de projet every 8 weeks, comité de pilotage…). Goes with its plan. */
export const reviewSeries = pgTable(
  'review_series',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    kind: text().$type<ReviewKind>().notNull(),
    cadence: text().$type<ReviewCadence>().notNull(),
    /** Only with cadence `weeks`. */
    everyWeeks: integer(),
    defaultAttendees: jsonb().$type<DefaultAttendee[]>().notNull().default([]),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('review_series_org_plan_idx').on(t.organizationId, t.planId)],
);
export type ReviewSeriesRow = typeof reviewSeries.$inferSelect;

/** One meeting of a series; `planId` is copied from the series so plan-scoped queries need no join. */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    seriesId: uuid()
      .notNull()
      .references(() => reviewSeries.id, { onDelete: 'cascade' }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    /** 'HH:MM', Paris wall time. */
    startTime: text(),
    location: text(),
    status: text().$type<ReviewStatus>().notNull().default('planned'),
    heldAt: ts(),
    /** The latest earlier review of the series when this one was created (« since the last review »). */
    previousReviewId: uuid(),
    invitationsSentAt: ts(),
    minutesSentAt: ts(),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('reviews_org_series_date_idx').on(t.organizationId, t.seriesId, t.date), index('reviews_org_plan_date_idx').on(t.organizationId, t.planId, t.date)],
);
export type ReviewRow = typeof reviews.$inferSelect;

/** Who is expected (and, once held, who came). A member has `userId`; name and e-mail are copied at the time. */
export const reviewAttendees = pgTable(
  'review_attendees',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    name: text().notNull(),
    email: text(),
    presence: text().$type<AttendeePresence>().notNull().default('invited'),
    position: integer().notNull().default(0),
  },
  (t) => [index('review_attendees_review_idx').on(t.reviewId)],
);
export type ReviewAttendeeRow = typeof reviewAttendees.$inferSelect;

/** A point of the agenda: a fiche action, an indicator, or a free topic. A deleted fiche leaves the item, without it. */
export const reviewItems = pgTable(
  'review_items',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    kind: text().$type<ReviewItemKind>().notNull(),
    actionId: uuid().references(() => actions.id, { onDelete: 'set null' }),
    indicatorId: uuid().references(() => indicators.id, { onDelete: 'set null' }),
    title: text().notNull(),
    reasons: text().array().$type<ReviewItemReason[]>().notNull().default([]),
    notes: text().notNull().default(''),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('review_items_review_idx').on(t.reviewId, t.position)],
);
export type ReviewItemRow = typeof reviewItems.$inferSelect;

/** What the meeting decided on an item; an effect changes the item's fiche when applied (once). */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    itemId: uuid()
      .notNull()
      .references(() => reviewItems.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    effect: jsonb().$type<ReviewDecisionEffect>(),
    actionId: uuid().references(() => actions.id, { onDelete: 'set null' }),
    /** The fiche's version when the decision was recorded (or rebased): applying it over a newer fiche is a 409. */
    actionVersion: integer(),
    appliedAt: ts(),
    appliedById: uuid().references(() => users.id),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('review_decisions_review_idx').on(t.reviewId), index('review_decisions_item_idx').on(t.itemId)],
);
export type ReviewDecisionRow = typeof reviewDecisions.$inferSelect;
