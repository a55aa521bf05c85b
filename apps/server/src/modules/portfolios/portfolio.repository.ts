import { and, asc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { ProjectStage } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { planMembers, plans } from '../plans/plan.table.js';
import {
  portfolioBudgetCapacities,
  portfolioCriteria,
  portfolioFteCapacities,
  portfolioSettings,
  projects,
  type PortfolioCriterionRow,
  type PortfolioSettingsRow,
} from './portfolio.table.js';

type Scope = { organizationId: string };
type PlanScope = Scope & { planId: string };

/** Every portfolio plan of the collectivité with the user's role and its settings; the service keeps the readable ones. */
export async function listPortfolioPlans(db: DbOrTx, { organizationId, userId }: Scope & { userId: string }) {
  return db
    .select({ plan: plans, role: planMembers.role, settings: portfolioSettings })
    .from(plans)
    .leftJoin(planMembers, and(eq(planMembers.planId, plans.id), eq(planMembers.userId, userId), eq(planMembers.organizationId, organizationId)))
    .leftJoin(portfolioSettings, eq(portfolioSettings.planId, plans.id))
    .where(and(eq(plans.organizationId, organizationId), eq(plans.kind, 'portfolio')))
    .orderBy(asc(plans.name), asc(plans.id));
}

/** Number of projects per plan and stage. */
export async function countProjectsByStage(db: DbOrTx, { organizationId, planIds }: Scope & { planIds: string[] }) {
  if (planIds.length === 0) return [];
  return db
    .select({ planId: projects.planId, stage: projects.stage, count: sql<number>`count(*)`.mapWith(Number) })
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), sql`${projects.planId} = any(${sql.param(planIds)}::uuid[])`))
    .groupBy(projects.planId, projects.stage) as Promise<{ planId: string; stage: ProjectStage; count: number }[]>;
}

export async function findSettings(db: DbOrTx, { organizationId, planId }: PlanScope) {
  const [row] = await db
    .select()
    .from(portfolioSettings)
    .where(and(eq(portfolioSettings.organizationId, organizationId), eq(portfolioSettings.planId, planId)));
  return row;
}

/**
 * Writes the settings if they are still at `version` (0 = none yet); undefined when someone
 * changed them first (or created them meanwhile: the primary key refuses the second insert).
 */
export async function saveSettings(
  db: DbOrTx,
  { organizationId, planId, version }: PlanScope & { version: number },
  values: Pick<PortfolioSettingsRow, 'startYear' | 'endYear' | 'weightMode' | 'updatedAt'>,
) {
  if (version === 0) {
    const [row] = await db.insert(portfolioSettings).values({ organizationId, planId, ...values }).onConflictDoNothing().returning();
    return row;
  }
  const [row] = await db
    .update(portfolioSettings)
    .set({ ...values, version: version + 1 })
    .where(and(eq(portfolioSettings.organizationId, organizationId), eq(portfolioSettings.planId, planId), eq(portfolioSettings.version, version)))
    .returning();
  return row;
}

export async function listBudgetCapacities(db: DbOrTx, { organizationId, planId }: PlanScope) {
  return db
    .select({ year: portfolioBudgetCapacities.year, nature: portfolioBudgetCapacities.nature, amountCents: portfolioBudgetCapacities.amountCents })
    .from(portfolioBudgetCapacities)
    .where(and(eq(portfolioBudgetCapacities.organizationId, organizationId), eq(portfolioBudgetCapacities.planId, planId)))
    .orderBy(asc(portfolioBudgetCapacities.year), asc(portfolioBudgetCapacities.nature));
}

export async function listFteCapacities(db: DbOrTx, { organizationId, planId }: PlanScope) {
  return db
    .select({ year: portfolioFteCapacities.year, orgUnitId: portfolioFteCapacities.orgUnitId, orgUnitName: orgUnits.name, fte: portfolioFteCapacities.fte })
    .from(portfolioFteCapacities)
    .innerJoin(orgUnits, eq(orgUnits.id, portfolioFteCapacities.orgUnitId))
    .where(and(eq(portfolioFteCapacities.organizationId, organizationId), eq(portfolioFteCapacities.planId, planId)))
    .orderBy(asc(portfolioFteCapacities.year), asc(orgUnits.name));
}

export async function replaceCapacities(
  db: DbOrTx,
  { organizationId, planId }: PlanScope,
  capacities: { budget: { year: number; nature: 'investment' | 'operating'; amountCents: number }[]; fte: { year: number; orgUnitId: string; fte: number }[] },
) {
  await db.delete(portfolioBudgetCapacities).where(and(eq(portfolioBudgetCapacities.organizationId, organizationId), eq(portfolioBudgetCapacities.planId, planId)));
  await db.delete(portfolioFteCapacities).where(and(eq(portfolioFteCapacities.organizationId, organizationId), eq(portfolioFteCapacities.planId, planId)));
  if (capacities.budget.length > 0) await db.insert(portfolioBudgetCapacities).values(capacities.budget.map((c) => ({ organizationId, planId, ...c })));
  if (capacities.fte.length > 0) await db.insert(portfolioFteCapacities).values(capacities.fte.map((c) => ({ organizationId, planId, ...c })));
}

export async function listCriteria(db: DbOrTx, { organizationId, planId }: PlanScope) {
  return db
    .select()
    .from(portfolioCriteria)
    .where(and(eq(portfolioCriteria.organizationId, organizationId), eq(portfolioCriteria.planId, planId)))
    .orderBy(asc(portfolioCriteria.position), asc(portfolioCriteria.name));
}

/** Replaces the list: criteria left out go (with their scores), kept ones are updated, new ones inserted. */
export async function replaceCriteria(db: DbOrTx, { organizationId, planId }: PlanScope, criteria: PortfolioCriterionRow[]) {
  const keptIds = criteria.map((c) => c.id);
  const scope = and(eq(portfolioCriteria.organizationId, organizationId), eq(portfolioCriteria.planId, planId));
  await db.delete(portfolioCriteria).where(keptIds.length > 0 ? and(scope, notInArray(portfolioCriteria.id, keptIds)) : scope);
  for (const criterion of criteria) {
    const { id: _id, organizationId: _org, planId: _plan, ...values } = criterion;
    await db
      .insert(portfolioCriteria)
      .values(criterion)
      .onConflictDoUpdate({ target: portfolioCriteria.id, set: values, setWhere: and(eq(portfolioCriteria.organizationId, organizationId), eq(portfolioCriteria.planId, planId)) });
  }
}

/** The plan's first root node (where requests land by default). */
export async function firstRootNode(db: DbOrTx, { organizationId, planId }: PlanScope) {
  const [row] = await db
    .select({ id: planNodes.id })
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.planId, planId), isNull(planNodes.parentId)))
    .orderBy(asc(planNodes.position), asc(planNodes.createdAt), asc(planNodes.id))
    .limit(1);
  return row?.id ?? null;
}

/** Org units of the collectivité among `ids` (with their names). */
export async function orgUnitNames(db: DbOrTx, { organizationId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, organizationId), sql`${orgUnits.id} = any(${sql.param(ids)}::uuid[])`));
  return new Map(rows.map((row) => [row.id, row.name]));
}
