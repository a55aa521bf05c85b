import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ReportFilter, ReportFormat, ReportKind, ReportStatus } from '@pilotis/shared';
import { createdAt } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';
import { users } from '../users/user.table.js';

/**
 * A generated document, kept and downloadable from the « Rapports » page. Its file lives under
 * `DATA_DIR/files/<organizationId>/reports/<id>.<ext>` (`storageKey`). `planId` is the plan the
 * report is about (that of the fiche for a single fiche; null for an indicator): the plan's
 * managers may read the reports of their plan. `subscriptionId` and `jobId` are not foreign
 * keys: a report outlives the subscription or job that produced it.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    kind: text().$type<ReportKind>().notNull(),
    format: text().$type<ReportFormat>().notNull(),
    filter: jsonb().$type<ReportFilter>().notNull(),
    planId: uuid(),
    title: text().notNull(),
    status: text().$type<ReportStatus>().notNull().default('ready'),
    storageKey: text().notNull(),
    byteSize: bigint({ mode: 'number' }).notNull().default(0),
    createdBy: uuid().references(() => users.id),
    subscriptionId: uuid(),
    jobId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [index('reports_org_created_idx').on(t.organizationId, t.createdAt), index('reports_org_plan_idx').on(t.organizationId, t.planId)],
);
export type ReportRow = typeof reports.$inferSelect;
