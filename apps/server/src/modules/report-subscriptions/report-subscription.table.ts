import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReportFilter, ReportFormat, ReportKind, SubscriptionRecipients, SubscriptionSchedule } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';
import { plans } from '../plans/plan.table.js';
import { users } from '../users/user.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });

/**
 * A report generated on a schedule AS its creator (it holds only what they may read) and
 * e-mailed to users and outside addresses. Goes with its plan when the plan is deleted.
 */
export const reportSubscriptions = pgTable(
  'report_subscriptions',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kind: text().$type<ReportKind>().notNull(),
    format: text().$type<ReportFormat>().notNull(),
    filter: jsonb().$type<ReportFilter>().notNull(),
    schedule: jsonb().$type<SubscriptionSchedule>().notNull(),
    recipients: jsonb().$type<SubscriptionRecipients>().notNull(),
    active: boolean().notNull().default(true),
    /** The next scheduled sending; its job carries it, and does nothing once it has moved. */
    nextRunAt: ts(),
    lastRunAt: ts(),
    lastReportId: uuid(),
    lastError: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('report_subscriptions_org_plan_idx').on(t.organizationId, t.planId)],
);
export type ReportSubscriptionRow = typeof reportSubscriptions.$inferSelect;
