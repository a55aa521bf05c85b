import { and, eq, isNull, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { memberships, users } from '../users/user.table.js';
import { invitations, loginThrottles, sessions, type SessionRow } from './auth.table.js';

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

/** The session with its user and, if any, the active membership in the session's collectivité. */
export async function findSessionWithUser(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ session: sessions, user: users, membership: memberships })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, sessions.userId), eq(memberships.organizationId, sessions.organizationId), eq(memberships.active, true)),
    )
    .where(eq(sessions.id, id));
  return row;
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
