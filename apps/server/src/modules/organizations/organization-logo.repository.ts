import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organizations } from './organization.table.js';

export async function findOrganizationLogo(db: DbOrTx, { organizationId }: { organizationId: string }) {
  const [row] = await db
    .select({ storageKey: organizations.logoStorageKey, contentType: organizations.logoContentType, updatedAt: organizations.updatedAt })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row;
}

/** Sets (or clears, with nulls) the logo; the previous key is returned so its file can be removed. */
export async function setOrganizationLogo(
  db: DbOrTx,
  { organizationId, storageKey, contentType, now }: { organizationId: string; storageKey: string | null; contentType: string | null; now: Date },
) {
  const [before] = await db.select({ storageKey: organizations.logoStorageKey }).from(organizations).where(eq(organizations.id, organizationId)).for('update');
  await db.update(organizations).set({ logoStorageKey: storageKey, logoContentType: contentType, updatedAt: now }).where(eq(organizations.id, organizationId));
  return before?.storageKey ?? null;
}
