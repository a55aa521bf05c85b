import { and, asc, eq, ne } from 'drizzle-orm';
import type { BudgetNature } from '@pilotis/shared';
import type { DbOrTx } from '../../../db/client.js';
import { budgetLines, type BudgetLineRow } from '../action-parts.table.js';

type Scope = { organizationId: string };

export async function listBudgetLines(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  return db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.actionId, actionId)))
    .orderBy(asc(budgetLines.year), asc(budgetLines.nature));
}

export async function findBudgetLine(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(budgetLines).where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.id, id)));
  return row;
}

/** Another line of the action for this year and nature (there may be only one). */
export async function findSameYearAndNature(
  db: DbOrTx,
  { organizationId, actionId, year, nature, exceptId }: Scope & { actionId: string; year: number; nature: BudgetNature; exceptId?: string },
) {
  const [row] = await db
    .select({ id: budgetLines.id })
    .from(budgetLines)
    .where(
      and(
        eq(budgetLines.organizationId, organizationId),
        eq(budgetLines.actionId, actionId),
        eq(budgetLines.year, year),
        eq(budgetLines.nature, nature),
        exceptId ? ne(budgetLines.id, exceptId) : undefined,
      ),
    );
  return row;
}

/** Undefined when a line for the same year and nature got there first (unique index). */
export async function insertBudgetLine(db: DbOrTx, values: typeof budgetLines.$inferInsert) {
  const [row] = await db.insert(budgetLines).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateBudgetLine(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<BudgetLineRow, 'year' | 'nature' | 'plannedCents' | 'committedCents' | 'spentCents' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(budgetLines)
    .set({ ...values, version: version + 1 })
    .where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.id, id), eq(budgetLines.version, version)))
    .returning();
  return row;
}

export async function deleteBudgetLine(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version?: number }) {
  const rows = await db
    .delete(budgetLines)
    .where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.id, id), version === undefined ? undefined : eq(budgetLines.version, version)))
    .returning({ id: budgetLines.id });
  return rows.length > 0;
}
