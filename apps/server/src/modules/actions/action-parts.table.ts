import { bigint, boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AttachmentKind, BudgetNature } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';
import { users } from '../users/user.table.js';
import { actions } from './action.table.js';

const org = () =>
  uuid()
    .notNull()
    .references(() => organizations.id);
const action = () =>
  uuid()
    .notNull()
    .references(() => actions.id);

export const milestones = pgTable(
  'milestones',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    actionId: action(),
    title: text().notNull(),
    dueOn: date({ mode: 'string' }),
    doneOn: date({ mode: 'string' }),
    position: integer().notNull().default(0),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Also milestones_open_due_idx (open milestones by due date, INCLUDE action_id, which Drizzle
  // cannot declare): drizzle/0005_rollup_covering_indexes.sql.
  (t) => [index('milestones_action_idx').on(t.organizationId, t.actionId)],
);
export type MilestoneRow = typeof milestones.$inferSelect;

export const tasks = pgTable(
  'tasks',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    actionId: action(),
    title: text().notNull(),
    assigneeId: uuid().references(() => users.id),
    dueOn: date({ mode: 'string' }),
    done: boolean().notNull().default(false),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('tasks_action_idx').on(t.organizationId, t.actionId)],
);
export type TaskRow = typeof tasks.$inferSelect;

/** Journal / point d'avancement: dated note by a user, light formatting, sanitised on the way in. */
export const logEntries = pgTable(
  'log_entries',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    actionId: action(),
    authorId: uuid().references(() => users.id),
    occurredOn: date({ mode: 'string' }).notNull(),
    body: text().notNull(),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('log_entries_action_idx').on(t.organizationId, t.actionId, t.occurredOn)],
);
export type LogEntryRow = typeof logEntries.$inferSelect;

/** Annexes: a stored file (under DATA_DIR, metadata here) or a link; owned by an action (later reviews, indicators). */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    ownerType: text().notNull(),
    ownerId: uuid().notNull(),
    kind: text().$type<AttachmentKind>().notNull(),
    name: text().notNull(),
    url: text(),
    mimeType: text(),
    sizeBytes: bigint({ mode: 'number' }),
    storageKey: text(),
    uploadedById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_owner_idx').on(t.organizationId, t.ownerType, t.ownerId)],
);
export type AttachmentRow = typeof attachments.$inferSelect;

/** Budget per action × year × nature, in cents: voté (planned), engagé (committed), mandaté (spent). */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    actionId: action(),
    year: integer().notNull(),
    nature: text().$type<BudgetNature>().notNull(),
    plannedCents: bigint({ mode: 'number' }).notNull().default(0),
    committedCents: bigint({ mode: 'number' }).notNull().default(0),
    spentCents: bigint({ mode: 'number' }).notNull().default(0),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The roll-ups read the amounts from a covering index Drizzle cannot declare (INCLUDE):
  // drizzle/0009_budget_rollup_index.sql.
  (t) => [uniqueIndex('budget_lines_unique').on(t.actionId, t.year, t.nature)],
);
export type BudgetLineRow = typeof budgetLines.$inferSelect;
