import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organizations, type OrganizationRow } from './organization.table.js';

export async function insertOrganization(db: DbOrTx, values: typeof organizations.$inferInsert) {
  const [row] = await db.insert(organizations).values(values).returning();
  return row as OrganizationRow;
}

export async function findOrganization(db: DbOrTx, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationsByName(db: DbOrTx, name: string) {
  return db.select().from(organizations).where(eq(organizations.name, name)).orderBy(asc(organizations.createdAt));
}

export async function countOrganizations(db: DbOrTx) {
  const [row] = await db.select({ n: count() }).from(organizations);
  return row?.n ?? 0;
}

/**
 * Serialises, until the transaction ends, the changes whose rule spans the whole collectivité
 * (no cycle in the tree, at least one active admin): two of them running side by side would each
 * check a state read before the other committed. NO KEY UPDATE does not block inserts that merely
 * reference the collectivité.
 */
export async function lockOrganization(db: DbOrTx, id: string) {
  await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id)).for('no key update');
}
