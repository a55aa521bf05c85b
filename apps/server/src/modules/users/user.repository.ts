import { and, asc, count, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { invitations } from '../auth/auth.table.js';
import { organizations } from '../organizations/organization.table.js';
import { memberships, membershipUnits, users, type MembershipRow, type UserRow } from './user.table.js';

type Scope = { organizationId: string };

export interface MemberRecord {
  user: UserRow;
  membership: MembershipRow;
  orgUnitIds: string[];
  invitationPending: boolean;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row;
}

export async function findUserById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row as UserRow;
}

/** Inserts the account unless one with this e-mail exists (maybe created a moment ago by another request). */
export async function insertUserIfAbsent(db: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).onConflictDoNothing({ target: users.email }).returning();
  return row;
}

export async function updateUser(db: DbOrTx, id: string, values: Partial<Omit<UserRow, 'id' | 'email'>>) {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row;
}

export async function insertMembership(db: DbOrTx, values: typeof memberships.$inferInsert) {
  const [row] = await db.insert(memberships).values(values).returning();
  return row as MembershipRow;
}

/** Undefined when the person is already a member (e.g. added by a concurrent request). */
export async function insertMembershipIfAbsent(db: DbOrTx, values: typeof memberships.$inferInsert) {
  const [row] = await db.insert(memberships).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateMembership(
  db: DbOrTx,
  { organizationId, userId, version }: Scope & { userId: string; version: number },
  values: Partial<Pick<MembershipRow, 'orgRole' | 'active' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(memberships)
    .set({ ...values, version: version + 1 })
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId), eq(memberships.version, version)))
    .returning();
  return row;
}

export async function replaceMembershipUnits(db: DbOrTx, { organizationId, userId }: Scope & { userId: string }, orgUnitIds: string[]) {
  await db.delete(membershipUnits).where(and(eq(membershipUnits.organizationId, organizationId), eq(membershipUnits.userId, userId)));
  const unique = [...new Set(orgUnitIds)];
  if (unique.length > 0) {
    await db.insert(membershipUnits).values(unique.map((orgUnitId) => ({ organizationId, userId, orgUnitId })));
  }
}

export async function listMemberUnitIds(db: DbOrTx, { organizationId, userIds }: Scope & { userIds?: string[] }) {
  const rows = await db
    .select({ userId: membershipUnits.userId, orgUnitId: membershipUnits.orgUnitId })
    .from(membershipUnits)
    .where(
      and(
        eq(membershipUnits.organizationId, organizationId),
        userIds ? inArray(membershipUnits.userId, userIds) : undefined,
      ),
    );
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.orgUnitId].sort());
  return byUser;
}

export async function listMembers(db: DbOrTx, scope: Scope, now: Date): Promise<MemberRecord[]> {
  const rows = await db
    .select({ user: users, membership: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, scope.organizationId))
    .orderBy(asc(users.name));
  return withDetails(db, scope, rows, now);
}

export async function findMember(db: DbOrTx, scope: Scope & { userId: string }, now: Date): Promise<MemberRecord | undefined> {
  const rows = await db
    .select({ user: users, membership: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, scope.organizationId), eq(memberships.userId, scope.userId)));
  const [record] = await withDetails(db, scope, rows, now);
  return record;
}

async function withDetails(db: DbOrTx, scope: Scope, rows: { user: UserRow; membership: MembershipRow }[], now: Date) {
  if (rows.length === 0) return [];
  const userIds = rows.map((row) => row.user.id);
  const units = await listMemberUnitIds(db, { ...scope, userIds });
  const pending = await db
    .select({ userId: invitations.userId })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, scope.organizationId),
        inArray(invitations.userId, userIds),
        isNull(invitations.usedAt),
        gt(invitations.expiresAt, now),
      ),
    );
  const pendingIds = new Set(pending.map((row) => row.userId));
  return rows.map((row) => ({
    ...row,
    orgUnitIds: units.get(row.user.id) ?? [],
    invitationPending: pendingIds.has(row.user.id) && !row.user.passwordHash,
  }));
}

export async function countActiveAdmins(db: DbOrTx, { organizationId }: Scope) {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.orgRole, 'admin'), eq(memberships.active, true)));
  return row?.n ?? 0;
}

/** Every collectivité where the user is an active member, for the switcher. */
export async function listUserOrganizations(db: DbOrTx, userId: string) {
  return db
    .select({ id: organizations.id, name: organizations.name, orgRole: memberships.orgRole })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true)))
    .orderBy(asc(organizations.name));
}

/** The subset of `userIds` who are active members of the collectivité. */
export async function activeMemberIds(db: DbOrTx, { organizationId, userIds }: Scope & { userIds: string[] }) {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.active, true), inArray(memberships.userId, userIds)));
  return rows.map((row) => row.id);
}

/** The name of an active member of the collectivité, or undefined when the person is not one. */
export async function findActiveMemberName(db: DbOrTx, { organizationId, userId }: Scope & { userId: string }) {
  const [row] = await db
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId), eq(memberships.active, true)));
  return row?.name;
}
