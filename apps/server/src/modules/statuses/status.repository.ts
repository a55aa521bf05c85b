import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { statuses, type StatusRow } from './status.table.js';

type Scope = { organizationId: string };

export async function listStatuses(db: DbOrTx, { organizationId }: Scope) {
  return db.select().from(statuses).where(eq(statuses.organizationId, organizationId)).orderBy(asc(statuses.position), asc(statuses.label));
}

export async function findStatus(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(statuses).where(and(eq(statuses.organizationId, organizationId), eq(statuses.id, id)));
  return row;
}

export async function insertStatuses(db: DbOrTx, rows: (typeof statuses.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return (await db.insert(statuses).values(rows).returning()) as StatusRow[];
}

export async function updateStatus(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<StatusRow, 'label' | 'category' | 'position' | 'active' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(statuses)
    .set({ ...values, version: version + 1 })
    .where(and(eq(statuses.organizationId, organizationId), eq(statuses.id, id), eq(statuses.version, version)))
    .returning();
  return row;
}

/** The next free position, so a new status lands at the end of the list. */
export async function nextStatusPosition(db: DbOrTx, { organizationId }: Scope) {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${statuses.position}) + 1, 0)::int` })
    .from(statuses)
    .where(eq(statuses.organizationId, organizationId));
  return Number(row?.next ?? 0);
}
