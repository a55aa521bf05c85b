import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users } from '../users/user.table.js';
import { reviewDecisions, reviewItems, type ReviewDecisionRow, type ReviewItemRow } from './review.table.js';

type Scope = { organizationId: string };
type ItemEditable = Partial<Pick<ReviewItemRow, 'title' | 'notes' | 'position' | 'updatedAt'>>;
type DecisionEditable = Partial<Pick<ReviewDecisionRow, 'text' | 'effect' | 'actionVersion' | 'appliedAt' | 'appliedById' | 'updatedAt'>>;

// ---------- Items ----------

export async function insertItems(db: DbOrTx, rows: (typeof reviewItems.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(reviewItems).values(rows).returning();
}

export async function listItems(db: DbOrTx, { organizationId, reviewId }: Scope & { reviewId: string }) {
  return db
    .select()
    .from(reviewItems)
    .where(and(eq(reviewItems.organizationId, organizationId), eq(reviewItems.reviewId, reviewId)))
    .orderBy(asc(reviewItems.position), asc(reviewItems.createdAt));
}

export async function findItem(db: DbOrTx, { organizationId, reviewId, id }: Scope & { reviewId: string; id: string }) {
  const [row] = await db
    .select()
    .from(reviewItems)
    .where(and(eq(reviewItems.organizationId, organizationId), eq(reviewItems.reviewId, reviewId), eq(reviewItems.id, id)));
  return row;
}

export async function updateItem(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, values: ItemEditable) {
  const [row] = await db
    .update(reviewItems)
    .set({ ...values, version: version + 1 })
    .where(and(eq(reviewItems.organizationId, organizationId), eq(reviewItems.id, id), eq(reviewItems.version, version)))
    .returning();
  return row;
}

/** Reordering (not a change of the item itself: the version stays). */
export async function setItemPosition(db: DbOrTx, { organizationId, id, position }: Scope & { id: string; position: number }) {
  await db.update(reviewItems).set({ position }).where(and(eq(reviewItems.organizationId, organizationId), eq(reviewItems.id, id)));
}

export async function deleteItem(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  await db.delete(reviewItems).where(and(eq(reviewItems.organizationId, organizationId), eq(reviewItems.id, id)));
}

// ---------- Decisions ----------

export async function insertDecision(db: DbOrTx, values: typeof reviewDecisions.$inferInsert) {
  const [row] = await db.insert(reviewDecisions).values(values).returning();
  return row as ReviewDecisionRow;
}

/** The decisions of a review, with who applied them. */
export async function listDecisions(db: DbOrTx, { organizationId, reviewId }: Scope & { reviewId: string }) {
  return db
    .select({ decision: reviewDecisions, appliedByName: users.name })
    .from(reviewDecisions)
    .leftJoin(users, eq(users.id, reviewDecisions.appliedById))
    .where(and(eq(reviewDecisions.organizationId, organizationId), eq(reviewDecisions.reviewId, reviewId)))
    .orderBy(asc(reviewDecisions.createdAt), asc(reviewDecisions.id));
}

export async function findDecision(db: DbOrTx, { organizationId, reviewId, id }: Scope & { reviewId: string; id: string }) {
  const [row] = await db
    .select()
    .from(reviewDecisions)
    .where(and(eq(reviewDecisions.organizationId, organizationId), eq(reviewDecisions.reviewId, reviewId), eq(reviewDecisions.id, id)));
  return row;
}

/** The decision, locked until the end of the transaction: two clicks on « Appliquer » apply it once. */
export async function lockDecision(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(reviewDecisions)
    .where(and(eq(reviewDecisions.organizationId, organizationId), eq(reviewDecisions.id, id)))
    .for('update');
  return row;
}

export async function updateDecision(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, values: DecisionEditable) {
  const [row] = await db
    .update(reviewDecisions)
    .set({ ...values, version: version + 1 })
    .where(and(eq(reviewDecisions.organizationId, organizationId), eq(reviewDecisions.id, id), eq(reviewDecisions.version, version)))
    .returning();
  return row;
}

export async function deleteDecision(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  await db.delete(reviewDecisions).where(and(eq(reviewDecisions.organizationId, organizationId), eq(reviewDecisions.id, id)));
}

export async function countAppliedDecisions(db: DbOrTx, { organizationId, itemIds }: Scope & { itemIds: string[] }) {
  if (itemIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(reviewDecisions)
    .where(and(eq(reviewDecisions.organizationId, organizationId), inArray(reviewDecisions.itemId, itemIds), sql`${reviewDecisions.appliedAt} is not null`));
  return row?.n ?? 0;
}
