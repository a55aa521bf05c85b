import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { milestones, type MilestoneRow } from '../action-parts.table.js';

type Scope = { organizationId: string };

/** In date order (undated last), then in the order they were added. */
export async function listMilestones(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  return db
    .select()
    .from(milestones)
    .where(and(eq(milestones.organizationId, organizationId), eq(milestones.actionId, actionId)))
    .orderBy(sql`${milestones.dueOn} asc nulls last`, asc(milestones.position), asc(milestones.createdAt));
}

export async function findMilestone(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(milestones).where(and(eq(milestones.organizationId, organizationId), eq(milestones.id, id)));
  return row;
}

export async function nextMilestonePosition(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  const [row] = await db
    .select({ max: sql<number | null>`max(${milestones.position})` })
    .from(milestones)
    .where(and(eq(milestones.organizationId, organizationId), eq(milestones.actionId, actionId)));
  return (row?.max ?? -1) + 1;
}

export async function insertMilestone(db: DbOrTx, values: typeof milestones.$inferInsert) {
  const [row] = await db.insert(milestones).values(values).returning();
  return row as MilestoneRow;
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateMilestone(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<MilestoneRow, 'title' | 'dueOn' | 'doneOn' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(milestones)
    .set({ ...values, version: version + 1 })
    .where(and(eq(milestones.organizationId, organizationId), eq(milestones.id, id), eq(milestones.version, version)))
    .returning();
  return row;
}

/** Deletes the row if it is still at `version` (any version when none is given); false when not. */
export async function deleteMilestone(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version?: number }) {
  const rows = await db
    .delete(milestones)
    .where(
      and(eq(milestones.organizationId, organizationId), eq(milestones.id, id), version === undefined ? undefined : eq(milestones.version, version)),
    )
    .returning({ id: milestones.id });
  return rows.length > 0;
}
