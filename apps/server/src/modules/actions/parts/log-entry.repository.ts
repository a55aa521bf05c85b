import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { users } from '../../users/user.table.js';
import { logEntries, type LogEntryRow } from '../action-parts.table.js';

type Scope = { organizationId: string };
export type LogEntryWithAuthor = { entry: LogEntryRow; authorName: string | null };

const withAuthor = { entry: logEntries, authorName: users.name };

/** Newest first: by the day it happened, then by when it was written. */
export async function listLogEntries(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }): Promise<LogEntryWithAuthor[]> {
  return db
    .select(withAuthor)
    .from(logEntries)
    .leftJoin(users, eq(users.id, logEntries.authorId))
    .where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.actionId, actionId)))
    .orderBy(desc(logEntries.occurredOn), desc(logEntries.createdAt), desc(logEntries.id));
}

export async function findLogEntry(db: DbOrTx, { organizationId, id }: Scope & { id: string }): Promise<LogEntryWithAuthor | undefined> {
  const [row] = await db
    .select(withAuthor)
    .from(logEntries)
    .leftJoin(users, eq(users.id, logEntries.authorId))
    .where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.id, id)));
  return row;
}

export async function insertLogEntry(db: DbOrTx, values: typeof logEntries.$inferInsert) {
  const [row] = await db.insert(logEntries).values(values).returning();
  return row as LogEntryRow;
}

export async function updateLogEntry(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<LogEntryRow, 'occurredOn' | 'body' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(logEntries)
    .set({ ...values, version: version + 1 })
    .where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.id, id), eq(logEntries.version, version)))
    .returning();
  return row;
}

export async function deleteLogEntry(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version?: number }) {
  const rows = await db
    .delete(logEntries)
    .where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.id, id), version === undefined ? undefined : eq(logEntries.version, version)))
    .returning({ id: logEntries.id });
  return rows.length > 0;
}
