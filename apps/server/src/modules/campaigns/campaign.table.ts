import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { actions } from '../actions/action.table.js';
import { indicators } from '../indicators/indicator.table.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { organizations } from '../organizations/organization.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { plans } from '../plans/plan.table.js';
import { users } from '../users/user.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });
const org = () =>
  uuid()
    .notNull()
    .references(() => organizations.id);

/**
 * Campagne de mise à jour: its scope is a plan (maybe one node and below) or an org unit. Goes
 * with its plan or node when they are deleted.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    title: text().notNull(),
    message: text().notNull().default(''),
    planId: uuid().references(() => plans.id, { onDelete: 'cascade' }),
    nodeId: uuid().references(() => planNodes.id, { onDelete: 'cascade' }),
    orgUnitId: uuid().references(() => orgUnits.id),
    includeIndicators: boolean().notNull().default(false),
    recurrenceWeeks: integer(),
    remindDaysBefore: integer().notNull().default(2),
    closedAt: ts(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('campaigns_org_idx').on(t.organizationId, t.createdAt)],
);
export type CampaignRow = typeof campaigns.$inferSelect;

/** One round of a campaign: the one-off campaign has one; a recurring one adds one every N weeks. */
export const campaignRounds = pgTable(
  'campaign_rounds',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    /** Updates count from this moment on. */
    openedAt: ts().notNull(),
    /** A Paris calendar day: the whole day counts. */
    deadline: date({ mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('campaign_rounds_number_idx').on(t.campaignId, t.number)],
);
export type CampaignRoundRow = typeof campaignRounds.$inferSelect;

/** What one recipient is asked to update in a round, frozen when it opens: a fiche or an indicator. */
export const campaignItems = pgTable(
  'campaign_items',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    roundId: uuid()
      .notNull()
      .references(() => campaignRounds.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actionId: uuid().references(() => actions.id, { onDelete: 'cascade' }),
    indicatorId: uuid().references(() => indicators.id, { onDelete: 'cascade' }),
  },
  (t) => [index('campaign_items_round_idx').on(t.roundId, t.userId), index('campaign_items_user_idx').on(t.organizationId, t.userId)],
);
export type CampaignItemRow = typeof campaignItems.$inferSelect;

/**
 * Reminders sent: an automatic one (« before », « after ») at most once per person and round
 * (unique index), a manual one as often as a manager clicks.
 */
export const campaignReminders = pgTable(
  'campaign_reminders',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    roundId: uuid()
      .notNull()
      .references(() => campaignRounds.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().$type<'before' | 'after' | 'manual'>().notNull(),
    sentAt: ts().notNull(),
    sentBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex('campaign_reminders_once_idx').on(t.roundId, t.userId, t.kind).where(sql`${t.kind} <> 'manual'`)],
);
