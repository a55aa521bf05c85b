import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { memberships, membershipUnits, users } from '../users/user.table.js';
import { invitations, loginThrottles, sessions, type SessionRow } from './auth.table.js';

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

/**
 * The session with its user, the active membership in the session's collectivité if any, and the
 * user's org units there — one round trip, since every authenticated request starts with it.
 */
export async function findSessionWithUser(db: DbOrTx, id: string) {
  const unitIds = sql<string>`coalesce((select string_agg(${membershipUnits.orgUnitId}::text, ',' order by ${membershipUnits.orgUnitId}) from ${membershipUnits} where ${membershipUnits.organizationId} = ${sessions.organizationId} and ${membershipUnits.userId} = ${sessions.userId}), '')`;
  const [row] = await db
    .select({ session: sessions, user: users, membership: memberships, unitIds })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, sessions.userId), eq(memberships.organizationId, sessions.organizationId), eq(memberships.active, true)),
    )
    .where(eq(sessions.id, id));
  return row && { ...row, unitIds: row.unitIds ? row.unitIds.split(',') : [] };
}

export async function updateSession(db: DbOrTx, id: string, values: Partial<Pick<SessionRow, 'lastSeenAt' | 'expiresAt' | 'organizationId'>>) {
  await db.update(sessions).set(values).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Signs a user out everywhere (password change, reset), except optionally the current session. */
export async function deleteUserSessions(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function findThrottle(db: DbOrTx, key: string) {
  const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, key));
  return row;
}

export async function saveThrottle(db: DbOrTx, values: typeof loginThrottles.$inferInsert) {
  await db
    .insert(loginThrottles)
    .values(values)
    .onConflictDoUpdate({ target: loginThrottles.key, set: { failures: values.failures, windowStartedAt: values.windowStartedAt } });
}

export async function clearThrottle(db: DbOrTx, key: string) {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

export async function insertInvitation(db: DbOrTx, values: typeof invitations.$inferInsert) {
  await db.insert(invitations).values(values);
}

export async function findInvitation(db: DbOrTx, id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  return row;
}

export async function revokeInvitations(db: DbOrTx, { organizationId, userId, at }: { organizationId: string; userId: string; at: Date }) {
  await db
    .update(invitations)
    .set({ usedAt: at })
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.userId, userId), isNull(invitations.usedAt)));
}
