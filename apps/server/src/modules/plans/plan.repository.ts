import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { planMembers, plans } from './plan.table.js';

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
