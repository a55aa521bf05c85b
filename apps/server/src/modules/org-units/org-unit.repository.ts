import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { orgUnits, type OrgUnitRow } from './org-unit.table.js';

type Scope = { organizationId: string };

export async function listOrgUnits(db: DbOrTx, { organizationId }: Scope) {
  return db.select().from(orgUnits).where(eq(orgUnits.organizationId, organizationId)).orderBy(asc(orgUnits.name));
}

export async function findOrgUnit(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, organizationId), eq(orgUnits.id, id)));
  return row;
}

export async function insertOrgUnit(db: DbOrTx, values: typeof orgUnits.$inferInsert) {
  const [row] = await db.insert(orgUnits).values(values).returning();
  return row as OrgUnitRow;
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateOrgUnit(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<OrgUnitRow, 'name' | 'parentId' | 'active' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(orgUnits)
    .set({ ...values, version: version + 1 })
    .where(and(eq(orgUnits.organizationId, organizationId), eq(orgUnits.id, id), eq(orgUnits.version, version)))
    .returning();
  return row;
}

/** The subset of `ids` that exist in the collectivité. */
export async function existingOrgUnitIds(db: DbOrTx, { organizationId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, organizationId), inArray(orgUnits.id, ids)));
  return rows.map((row) => row.id);
}
