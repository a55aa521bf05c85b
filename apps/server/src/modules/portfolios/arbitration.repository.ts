import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { milestones } from '../actions/action-parts.table.js';
import { users } from '../users/user.table.js';
import { portfolioDecisions, type PortfolioDecisionRow } from './portfolio.table.js';

type Scope = { organizationId: string };

export async function insertDecision(db: DbOrTx, values: typeof portfolioDecisions.$inferInsert) {
  const [row] = await db.insert(portfolioDecisions).values(values).returning();
  return row as PortfolioDecisionRow;
}

/** The portfolio's decisions, latest first, with their author's name. */
export async function listDecisions(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  return db
    .select({ decision: portfolioDecisions, createdByName: users.name })
    .from(portfolioDecisions)
    .leftJoin(users, eq(users.id, portfolioDecisions.createdById))
    .where(and(eq(portfolioDecisions.organizationId, organizationId), eq(portfolioDecisions.planId, planId)))
    .orderBy(desc(portfolioDecisions.decidedOn), desc(portfolioDecisions.createdAt));
}

/** Milestones of the given fiches, in date order (roadmap). */
export async function listMilestonesOf(db: DbOrTx, { organizationId, actionIds }: Scope & { actionIds: string[] }) {
  if (actionIds.length === 0) return [];
  return db
    .select({ id: milestones.id, actionId: milestones.actionId, title: milestones.title, dueOn: milestones.dueOn, doneOn: milestones.doneOn })
    .from(milestones)
    .where(and(eq(milestones.organizationId, organizationId), sql`${milestones.actionId} = any(${sql.param(actionIds)}::uuid[])`))
    .orderBy(asc(milestones.dueOn), asc(milestones.position));
}
