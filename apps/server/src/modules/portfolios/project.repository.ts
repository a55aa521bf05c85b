import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { BudgetNature, ProjectStage, StatusCategory } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { budgetLines } from '../actions/action-parts.table.js';
import { actionNodeLinks } from '../actions/action.table.js';
import { rowsOf } from '../dashboards/dashboard-scope.repository.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { plans } from '../plans/plan.table.js';
import { statuses } from '../statuses/status.table.js';
import { projectResources, projects, type ProjectRow } from './portfolio.table.js';

type Scope = { organizationId: string };
type PlanScope = Scope & { planId: string };

export async function insertProject(db: DbOrTx, values: typeof projects.$inferInsert) {
  const [row] = await db.insert(projects).values(values).returning();
  return row as ProjectRow;
}

export async function findProject(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(projects).where(and(eq(projects.organizationId, organizationId), eq(projects.actionId, id)));
  return row;
}

/** Projects of one portfolio among `ids`, locked until the end of the transaction (decisions). */
export async function lockPlanProjects(db: DbOrTx, { organizationId, planId, ids }: PlanScope & { ids: string[] }) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), eq(projects.planId, planId), sql`${projects.actionId} = any(${sql.param(ids)}::uuid[])`))
    .for('update');
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateProject(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, values: Partial<typeof projects.$inferInsert>) {
  const [row] = await db
    .update(projects)
    .set({ ...values, version: version + 1 })
    .where(and(eq(projects.organizationId, organizationId), eq(projects.actionId, id), eq(projects.version, version)))
    .returning();
  return row;
}

/** Codes already given with this prefix (`DSI-2026-`), for the next number. */
export async function projectCodesStartingWith(db: DbOrTx, { organizationId, prefix }: Scope & { prefix: string }) {
  const rows = await db
    .select({ code: projects.code })
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), like(projects.code, `${prefix.replace(/[%_\\]/g, '\\$&')}%`)));
  return rows.map((row) => row.code);
}

export async function codeTaken(db: DbOrTx, { organizationId, code, exceptId }: Scope & { code: string; exceptId: string }) {
  const [row] = await db
    .select({ id: projects.actionId })
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), eq(projects.code, code), sql`${projects.actionId} <> ${exceptId}`));
  return !!row;
}

export async function listProjectResources(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  return db
    .select({ year: projectResources.year, orgUnitId: projectResources.orgUnitId, orgUnitName: orgUnits.name, fte: projectResources.fte })
    .from(projectResources)
    .innerJoin(orgUnits, eq(orgUnits.id, projectResources.orgUnitId))
    .where(and(eq(projectResources.organizationId, organizationId), eq(projectResources.actionId, actionId)))
    .orderBy(asc(projectResources.year), asc(orgUnits.name));
}

export async function replaceProjectResources(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }, resources: { year: number; orgUnitId: string; fte: number }[]) {
  await db.delete(projectResources).where(and(eq(projectResources.organizationId, organizationId), eq(projectResources.actionId, actionId)));
  if (resources.length > 0) await db.insert(projectResources).values(resources.map((r) => ({ organizationId, actionId, ...r })));
}

/** One row of the portfolio's project list: the project, its fiche's dates and progress, totals. */
export interface ProjectListRow {
  id: string;
  code: string;
  title: string;
  stage: ProjectStage;
  sponsorId: string | null;
  sponsorUserName: string | null;
  sponsorName: string | null;
  requestingUnitId: string | null;
  requestingUnitName: string | null;
  requestedById: string | null;
  requestedByName: string | null;
  submittedAt: string;
  startsOn: string | null;
  endsOn: string | null;
  progress: number;
  category: StatusCategory;
  totalPlannedCents: number;
  fteTotal: number;
  version: number;
}

/** The portfolio's projects (optionally of some stages), by code, with planned cost and FTE totals in one query. */
export async function listPortfolioProjects(db: DbOrTx, { organizationId, planId, stages, ids }: PlanScope & { stages?: ProjectStage[]; ids?: string[] }) {
  const result = await db.execute(sql`
    select p.action_id as id, p.code, a.title, p.stage, p.sponsor_id as "sponsorId", su.name as "sponsorUserName",
      p.sponsor_name as "sponsorName", p.requesting_unit_id as "requestingUnitId", ou.name as "requestingUnitName",
      p.requested_by_id as "requestedById", ru.name as "requestedByName", p.submitted_at as "submittedAt",
      a.starts_on::text as "startsOn", a.ends_on::text as "endsOn", a.progress, s.category, p.version,
      coalesce((select sum(b.planned_cents) from budget_lines b where b.action_id = p.action_id), 0)::float8 as "totalPlannedCents",
      coalesce((select sum(r.fte) from project_resources r where r.action_id = p.action_id), 0)::float8 as "fteTotal"
    from projects p
    join actions a on a.id = p.action_id
    join statuses s on s.id = a.status_id
    left join users su on su.id = p.sponsor_id
    left join users ru on ru.id = p.requested_by_id
    left join org_units ou on ou.id = p.requesting_unit_id
    where p.organization_id = ${organizationId} and p.plan_id = ${planId}
      ${stages ? sql`and p.stage = any(${sql.param(stages)}::text[])` : sql``}
      ${ids ? sql`and p.action_id = any(${sql.param(ids)}::uuid[])` : sql``}
    order by p.code`);
  return rowsOf<ProjectListRow & { submittedAt: string | Date }>(result).map((row) => ({
    ...row,
    submittedAt: new Date(row.submittedAt).toISOString(),
    totalPlannedCents: Number(row.totalPlannedCents),
    fteTotal: Number(row.fteTotal),
  }));
}

/** Planned cost of every project of the portfolio per year and nature. */
export async function listPlanCosts(db: DbOrTx, { organizationId, planId }: PlanScope) {
  return db
    .select({ actionId: budgetLines.actionId, year: budgetLines.year, nature: budgetLines.nature, cents: budgetLines.plannedCents })
    .from(budgetLines)
    .innerJoin(projects, eq(projects.actionId, budgetLines.actionId))
    .where(and(eq(projects.organizationId, organizationId), eq(projects.planId, planId), sql`${budgetLines.plannedCents} <> 0`)) as Promise<
    { actionId: string; year: number; nature: BudgetNature; cents: number }[]
  >;
}

/** FTE of every project of the portfolio per year and org unit. */
export async function listPlanResources(db: DbOrTx, { organizationId, planId }: PlanScope) {
  return db
    .select({ actionId: projectResources.actionId, year: projectResources.year, orgUnitId: projectResources.orgUnitId, fte: projectResources.fte })
    .from(projectResources)
    .innerJoin(projects, eq(projects.actionId, projectResources.actionId))
    .where(and(eq(projects.organizationId, organizationId), eq(projects.planId, planId)));
}

/** The strategic objectives a fiche serves: linked nodes with their plan. */
export async function listLinkedObjectives(db: DbOrTx, { organizationId, actionIds }: Scope & { actionIds: string[] }) {
  if (actionIds.length === 0) return [];
  return db
    .select({ actionId: actionNodeLinks.actionId, nodeId: planNodes.id, title: planNodes.title, planId: plans.id, planName: plans.name, planKind: plans.kind })
    .from(actionNodeLinks)
    .innerJoin(planNodes, eq(planNodes.id, actionNodeLinks.nodeId))
    .innerJoin(plans, eq(plans.id, planNodes.planId))
    .where(and(eq(actionNodeLinks.organizationId, organizationId), sql`${actionNodeLinks.actionId} = any(${sql.param(actionIds)}::uuid[])`))
    .orderBy(asc(plans.name), asc(planNodes.title));
}

/** The first active status of a category (the fiche follows its project's stage). */
export async function firstStatusOfCategory(db: DbOrTx, { organizationId, category }: Scope & { category: StatusCategory }) {
  const [row] = await db
    .select({ id: statuses.id })
    .from(statuses)
    .where(and(eq(statuses.organizationId, organizationId), eq(statuses.category, category), eq(statuses.active, true)))
    .orderBy(asc(statuses.position), asc(statuses.label))
    .limit(1);
  return row?.id;
}
