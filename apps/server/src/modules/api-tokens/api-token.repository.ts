import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users } from '../users/user.table.js';
import { apiTokens, type ApiTokenRow } from './api-token.table.js';

type Scope = { organizationId: string };

/** Newest first, with the name of whoever created each one. */
export async function listApiTokens(db: DbOrTx, { organizationId }: Scope) {
  return db
    .select({ token: apiTokens, creatorName: users.name })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdById))
    .where(eq(apiTokens.organizationId, organizationId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export async function findApiToken(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db
    .select({ token: apiTokens, creatorName: users.name })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdById))
    .where(and(eq(apiTokens.organizationId, organizationId), eq(apiTokens.id, id)));
  return row;
}

/** The bearer's token, whatever its collectivité: the hash is the only key a request brings. */
export async function findApiTokenByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function insertApiToken(db: DbOrTx, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row as ApiTokenRow;
}

/** Revokes once; a second call finds nothing to change and answers undefined. */
export async function revokeApiToken(db: DbOrTx, { organizationId, id, at }: Scope & { id: string; at: Date }) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.organizationId, organizationId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

/** Records a use, unless one was recorded after `notBefore` (a busy application would write on every call). */
export async function touchApiToken(db: DbOrTx, { id, at, notBefore }: { id: string; at: Date; notBefore: Date }) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, notBefore))));
}
