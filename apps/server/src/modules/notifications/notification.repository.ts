import { and, count, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { memberships, membershipUnits, users } from '../users/user.table.js';
import { notifications, notificationSettings, type NotificationRow } from './notification.table.js';

type Scope = { organizationId: string };
type UserScope = Scope & { userId: string };

export async function insertNotifications(db: DbOrTx, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(notifications).values(rows).returning();
}

export async function listUserNotifications(db: DbOrTx, q: UserScope & { unreadOnly: boolean; page: number; pageSize: number }) {
  const where = and(eq(notifications.organizationId, q.organizationId), eq(notifications.userId, q.userId), q.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function countUnread(db: DbOrTx, q: UserScope) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.organizationId, q.organizationId), eq(notifications.userId, q.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function findNotification(db: DbOrTx, q: Scope & { id: string }): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.organizationId, q.organizationId), eq(notifications.id, q.id)));
  return row;
}

/** Keeps the first reading time: marking twice changes nothing. */
export async function markNotificationRead(db: DbOrTx, q: Scope & { id: string; at: Date }) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${q.at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.organizationId, q.organizationId), eq(notifications.id, q.id)))
    .returning();
  return row!;
}

export async function markAllRead(db: DbOrTx, q: UserScope & { at: Date }) {
  const rows = await db
    .update(notifications)
    .set({ readAt: q.at })
    .where(and(eq(notifications.organizationId, q.organizationId), eq(notifications.userId, q.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function markEmailed(db: DbOrTx, q: Scope & { ids: string[]; at: Date }) {
  if (q.ids.length === 0) return;
  await db
    .update(notifications)
    .set({ emailedAt: q.at })
    .where(and(eq(notifications.organizationId, q.organizationId), inArray(notifications.id, q.ids)));
}

export async function selectSettings(db: DbOrTx, q: Scope & { userIds: string[] }) {
  if (q.userIds.length === 0) return [];
  return db
    .select()
    .from(notificationSettings)
    .where(and(eq(notificationSettings.organizationId, q.organizationId), inArray(notificationSettings.userId, q.userIds)));
}

export async function upsertSettings(db: DbOrTx, q: UserScope & { preferences: Record<string, string>; at: Date }) {
  await db
    .insert(notificationSettings)
    .values({ organizationId: q.organizationId, userId: q.userId, preferences: q.preferences, createdAt: q.at, updatedAt: q.at })
    .onConflictDoUpdate({ target: [notificationSettings.userId, notificationSettings.organizationId], set: { preferences: q.preferences, updatedAt: q.at } });
}

/** The recipients who are active members of the collectivité, with their address. */
export async function selectMemberRecipients(db: DbOrTx, q: Scope & { userIds: string[] }) {
  if (q.userIds.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, q.organizationId), eq(memberships.active, true)))
    .where(inArray(users.id, q.userIds));
}

/** Unread notifications never e-mailed, created since `since`, of every collectivité, with each person's preferences: the digest's material. */
export async function selectDigestCandidates(db: DbOrTx, q: { since: Date }) {
  return db
    .select({ notification: notifications, email: users.email, name: users.name, preferences: notificationSettings.preferences })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(notificationSettings, and(eq(notificationSettings.userId, notifications.userId), eq(notificationSettings.organizationId, notifications.organizationId)))
    .where(and(isNull(notifications.emailedAt), isNull(notifications.readAt), gte(notifications.createdAt, q.since)))
    .orderBy(notifications.organizationId, notifications.userId, notifications.createdAt);
}

/** Every member of the collectivité with what an actor needs (role, units): mentions are matched against them. */
export async function selectMembersWithUnits(db: DbOrTx, q: Scope) {
  const unitIds = sql<string>`coalesce((select string_agg(${membershipUnits.orgUnitId}::text, ',') from ${membershipUnits} where ${membershipUnits.organizationId} = ${memberships.organizationId} and ${membershipUnits.userId} = ${memberships.userId}), '')`;
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, orgRole: memberships.orgRole, unitIds })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, q.organizationId), eq(memberships.active, true)));
  return rows.map((row) => ({ ...row, unitIds: row.unitIds ? row.unitIds.split(',') : [] }));
}
