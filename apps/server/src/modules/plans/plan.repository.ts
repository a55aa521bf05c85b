import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actionNodeLinks, actions } from '../actions/action.table.js';
import { deleteIndicatorLinksTo } from '../indicators/indicator.repository.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { users } from '../users/user.table.js';
import { planMembers, plans, type PlanMemberRow, type PlanRow } from './plan.table.js';

type Scope = { organizationId: string };

export async function findPlan(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(plans).where(and(eq(plans.organizationId, organizationId), eq(plans.id, id)));
  return row;
}

/** The user's role in the plan, or null. */
export async function findPlanRole(db: DbOrTx, { organizationId, planId, userId }: Scope & { planId: string; userId: string }) {
  const [row] = await db
    .select({ role: planMembers.role })
    .from(planMembers)
    .where(and(eq(planMembers.organizationId, organizationId), eq(planMembers.planId, planId), eq(planMembers.userId, userId)));
  return row?.role ?? null;
}

/** Every plan of the collectivité with the user's role in it; the service keeps those the user may read. */
export async function listPlansWithRole(db: DbOrTx, { organizationId, userId }: Scope & { userId: string }) {
  return db
    .select({ plan: plans, role: planMembers.role })
    .from(plans)
    .leftJoin(planMembers, and(eq(planMembers.planId, plans.id), eq(planMembers.userId, userId), eq(planMembers.organizationId, organizationId)))
    .where(eq(plans.organizationId, organizationId))
    .orderBy(asc(plans.name), asc(plans.id));
}

export async function insertPlan(db: DbOrTx, values: typeof plans.$inferInsert) {
  const [row] = await db.insert(plans).values(values).returning();
  return row as PlanRow;
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updatePlan(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<PlanRow, 'name' | 'kind' | 'description' | 'startsOn' | 'endsOn' | 'state' | 'levelNames' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(plans)
    .set({ ...values, version: version + 1 })
    .where(and(eq(plans.organizationId, organizationId), eq(plans.id, id), eq(plans.version, version)))
    .returning();
  return row;
}

/**
 * Serialises structural changes of one plan (node moves, reorders, deletions, members) until the
 * transaction ends: two moves checked side by side could otherwise build a cycle or mix positions.
 */
export async function lockPlan(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.organizationId, organizationId), eq(plans.id, id)))
    .for('no key update');
}

/** Actions living in the plan, and actions of other plans linked to its nodes: both block a deletion. */
export async function countPlanActions(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  const [own] = await db
    .select({ n: count() })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.planId, planId)));
  const nodeIds = db.select({ id: planNodes.id }).from(planNodes).where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.planId, planId)));
  const [linked] = await db
    .select({ n: count() })
    .from(actionNodeLinks)
    .where(and(eq(actionNodeLinks.organizationId, organizationId), inArray(actionNodeLinks.nodeId, nodeIds)));
  return Number(own?.n ?? 0) + Number(linked?.n ?? 0);
}

/** Removes an empty plan: its members, its nodes (one statement, so parent links never dangle), itself. */
export async function deletePlan(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  await db.delete(planMembers).where(and(eq(planMembers.organizationId, organizationId), eq(planMembers.planId, id)));
  await deleteIndicatorLinksTo(db, { organizationId, planId: id });
  await db.delete(planNodes).where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.planId, id)));
  await db.delete(plans).where(and(eq(plans.organizationId, organizationId), eq(plans.id, id)));
}

export async function listPlanMembers(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  return db
    .select({ userId: planMembers.userId, role: planMembers.role, name: users.name, email: users.email })
    .from(planMembers)
    .innerJoin(users, eq(users.id, planMembers.userId))
    .where(and(eq(planMembers.organizationId, organizationId), eq(planMembers.planId, planId)))
    .orderBy(asc(users.name), asc(users.email));
}

/** Adds the member, or changes their role when they already are one. */
export async function upsertPlanMember(db: DbOrTx, values: typeof planMembers.$inferInsert) {
  const [row] = await db
    .insert(planMembers)
    .values(values)
    .onConflictDoUpdate({ target: [planMembers.planId, planMembers.userId], set: { role: values.role } })
    .returning();
  return row as PlanMemberRow;
}

export async function deletePlanMember(db: DbOrTx, { organizationId, planId, userId }: Scope & { planId: string; userId: string }) {
  const rows = await db
    .delete(planMembers)
    .where(and(eq(planMembers.organizationId, organizationId), eq(planMembers.planId, planId), eq(planMembers.userId, userId)))
    .returning();
  return rows.length > 0;
}

/** The plan and the user's role in it (null when none), in one round trip. */
export async function findPlanWithRole(db: DbOrTx, { organizationId, id, userId }: Scope & { id: string; userId: string }) {
  const [row] = await db
    .select({ plan: plans, role: planMembers.role })
    .from(plans)
    .leftJoin(planMembers, and(eq(planMembers.planId, plans.id), eq(planMembers.userId, userId), eq(planMembers.organizationId, organizationId)))
    .where(and(eq(plans.organizationId, organizationId), eq(plans.id, id)));
  return row && { plan: row.plan, role: row.role ?? null };
}
