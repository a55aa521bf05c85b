import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { portfolioCriteria, projects, projectScores } from './portfolio.table.js';

type Scope = { organizationId: string };

/** Mean and number of evaluators of every project × criterion of the portfolio. */
export async function listPlanScoreMeans(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  return db
    .select({
      actionId: projectScores.actionId,
      criterionId: projectScores.criterionId,
      mean: sql<number>`avg(${projectScores.score})`.mapWith(Number),
      count: sql<number>`count(*)`.mapWith(Number),
    })
    .from(projectScores)
    .innerJoin(projects, eq(projects.actionId, projectScores.actionId))
    .where(and(eq(projects.organizationId, organizationId), eq(projects.planId, planId)))
    .groupBy(projectScores.actionId, projectScores.criterionId);
}

/** Every evaluator's score of one project. */
export async function listProjectScores(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  return db
    .select({ criterionId: projectScores.criterionId, evaluatorId: projectScores.evaluatorId, score: projectScores.score, comment: projectScores.comment })
    .from(projectScores)
    .where(and(eq(projectScores.organizationId, organizationId), eq(projectScores.actionId, actionId)))
    .orderBy(asc(projectScores.criterionId));
}

/** Writes the evaluator's scores for the given criteria (others of theirs stay). */
export async function upsertScores(
  db: DbOrTx,
  { organizationId, actionId, evaluatorId, at }: Scope & { actionId: string; evaluatorId: string; at: Date },
  scores: { criterionId: string; score: number; comment: string }[],
) {
  if (scores.length === 0) return;
  await db
    .insert(projectScores)
    .values(scores.map((s) => ({ organizationId, actionId, evaluatorId, ...s, updatedAt: at })))
    .onConflictDoUpdate({
      target: [projectScores.actionId, projectScores.criterionId, projectScores.evaluatorId],
      set: { score: sql`excluded.score`, comment: sql`excluded.comment`, updatedAt: at },
    });
}

/** The portfolio's criteria (for checking scores against their scales). */
export async function criteriaOfPlan(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  return db
    .select()
    .from(portfolioCriteria)
    .where(and(eq(portfolioCriteria.organizationId, organizationId), eq(portfolioCriteria.planId, planId)))
    .orderBy(asc(portfolioCriteria.position));
}
