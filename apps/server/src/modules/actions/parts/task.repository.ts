import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { users } from '../../users/user.table.js';
import { tasks, type TaskRow } from '../action-parts.table.js';

type Scope = { organizationId: string };
export type TaskWithAssignee = { task: TaskRow; assigneeName: string | null };

const withAssignee = { task: tasks, assigneeName: users.name };

/** Open tasks first, then by due date (undated last), then in the order they were added. */
export async function listTasks(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }): Promise<TaskWithAssignee[]> {
  return db
    .select(withAssignee)
    .from(tasks)
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.actionId, actionId)))
    .orderBy(asc(tasks.done), sql`${tasks.dueOn} asc nulls last`, asc(tasks.createdAt), asc(tasks.id));
}

export async function findTask(db: DbOrTx, { organizationId, id }: Scope & { id: string }): Promise<TaskWithAssignee | undefined> {
  const [row] = await db
    .select(withAssignee)
    .from(tasks)
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, id)));
  return row;
}

export async function insertTask(db: DbOrTx, values: typeof tasks.$inferInsert) {
  const [row] = await db.insert(tasks).values(values).returning();
  return row as TaskRow;
}

export async function updateTask(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<TaskRow, 'title' | 'assigneeId' | 'dueOn' | 'done' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(tasks)
    .set({ ...values, version: version + 1 })
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, id), eq(tasks.version, version)))
    .returning();
  return row;
}

export async function deleteTask(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version?: number }) {
  const rows = await db
    .delete(tasks)
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, id), version === undefined ? undefined : eq(tasks.version, version)))
    .returning({ id: tasks.id });
  return rows.length > 0;
}
