import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../db/columns.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** Background work persisted in the database, so any app process may run it and none loses it. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey(),
    organizationId: uuid(),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: text().$type<JobStatus>().notNull().default('queued'),
    runAt: ts().notNull(),
    /** 0–100, reported by long handlers (imports, reports) for progress bars. */
    progress: integer().notNull().default(0),
    /** Who asked for it: only they (and admins) follow it through GET /api/jobs/:id. */
    createdBy: uuid(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(3),
    lockedBy: text(),
    lockedUntil: ts(),
    lastError: text(),
    result: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    finishedAt: ts(),
  },
  (t) => [index('jobs_due_idx').on(t.status, t.runAt)],
);
export type JobRow = typeof jobs.$inferSelect;
