import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { budgetLines, logEntries, milestones } from '../actions/action-parts.table.js';
import { actionCopilots, actions } from '../actions/action.table.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { organizations } from '../organizations/organization.table.js';
import { users } from '../users/user.table.js';
import { reports, type ReportRow } from './report.table.js';

type Scope = { organizationId: string };

export async function insertReport(db: DbOrTx, values: typeof reports.$inferInsert) {
  const [row] = await db.insert(reports).values(values).returning();
  return row as ReportRow;
}

export async function findReport(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(reports).where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
  return row;
}

/**
 * Which reports a reader sees: `all` (admins), else those they asked for and those about the plans
 * they manage (the service decides which, with the policies).
 */
export type ReportReader = { all: true } | { all: false; userId: string; managedPlanIds: string[] };

function readerWhere(reader: ReportReader): SQL | undefined {
  if (reader.all) return undefined;
  return reader.managedPlanIds.length > 0
    ? or(eq(reports.createdBy, reader.userId), inArray(reports.planId, reader.managedPlanIds))
    : eq(reports.createdBy, reader.userId);
}

/** A page of reports, newest first, with their author's name; and how many there are in all. */
export async function listReports(db: DbOrTx, { organizationId, reader, page, pageSize }: Scope & { reader: ReportReader; page: number; pageSize: number }) {
  const where = and(eq(reports.organizationId, organizationId), readerWhere(reader));
  const [rows, [total]] = await Promise.all([
    db
      .select({ report: reports, authorName: users.name })
      .from(reports)
      .leftJoin(users, eq(users.id, reports.createdBy))
      .where(where)
      .orderBy(desc(reports.createdAt), desc(reports.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(reports).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The collectivité's name and where its logo is stored, for report covers. */
export async function findOrganizationHeader(db: DbOrTx, { organizationId }: Scope) {
  const [row] = await db
    .select({ name: organizations.name, logoStorageKey: organizations.logoStorageKey })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row;
}

/** How many journal entries a fiche shows in a report (the latest ones). */
export const LOG_ENTRIES_SHOWN = 3;

/**
 * What a printed fiche adds to its list row, for many fiches at once (the recueil): texts,
 * co-pilots, units, milestones, the latest journal entries and budget totals. The ids come from
 * a list the actor may read; nothing here decides visibility.
 */
export async function selectFicheDetails(db: DbOrTx, { organizationId, actionIds }: Scope & { actionIds: string[] }) {
  if (actionIds.length === 0) return { texts: [], copilots: [], milestones: [], logs: [], budgets: [] };
  const ids = inArray(actions.id, actionIds);
  const [texts, copilots, milestoneRows, logs, budgets] = await Promise.all([
    db
      .select({
        id: actions.id,
        description: actions.description,
        objectives: actions.objectives,
        expectedResults: actions.expectedResults,
        partners: actions.partners,
        leadUnitName: sql<string | null>`(select lu.name from org_units lu where lu.id = ${actions.leadOrgUnitId})`,
        eluName: sql<string | null>`(select eu.name from users eu where eu.id = ${actions.eluId})`,
      })
      .from(actions)
      .where(and(eq(actions.organizationId, organizationId), ids)),
    db
      .select({ actionId: actionCopilots.actionId, name: users.name })
      .from(actionCopilots)
      .innerJoin(users, eq(users.id, actionCopilots.userId))
      .where(and(eq(actionCopilots.organizationId, organizationId), inArray(actionCopilots.actionId, actionIds)))
      .orderBy(asc(users.name)),
    db
      .select({ actionId: milestones.actionId, title: milestones.title, dueOn: milestones.dueOn, doneOn: milestones.doneOn })
      .from(milestones)
      .where(and(eq(milestones.organizationId, organizationId), inArray(milestones.actionId, actionIds)))
      .orderBy(asc(milestones.dueOn), asc(milestones.position)),
    selectLatestLogs(db, { organizationId, actionIds }),
    db
      .select({
        actionId: budgetLines.actionId,
        planned: sql<number>`sum(${budgetLines.plannedCents})::float8`.mapWith(Number),
        committed: sql<number>`sum(${budgetLines.committedCents})::float8`.mapWith(Number),
        spent: sql<number>`sum(${budgetLines.spentCents})::float8`.mapWith(Number),
      })
      .from(budgetLines)
      .where(and(eq(budgetLines.organizationId, organizationId), inArray(budgetLines.actionId, actionIds)))
      .groupBy(budgetLines.actionId),
  ]);
  return { texts, copilots, milestones: milestoneRows, logs, budgets };
}

/** The latest journal entries of each fiche, newest first (a window, not one query per fiche). */
async function selectLatestLogs(db: DbOrTx, { organizationId, actionIds }: Scope & { actionIds: string[] }) {
  const result = await db.execute(sql`
    select x.action_id, x.occurred_on::text as occurred_on, x.body, u.name as author_name from (
      select l.action_id, l.occurred_on, l.body, l.author_id, l.created_at,
        row_number() over (partition by l.action_id order by l.occurred_on desc, l.created_at desc) as n
      from ${logEntries} l
      where l.organization_id = ${organizationId} and l.action_id = any(${sql.param(actionIds)}::uuid[])
    ) x
    left join ${users} u on u.id = x.author_id
    where x.n <= ${LOG_ENTRIES_SHOWN}
    order by x.action_id, x.occurred_on desc, x.created_at desc`);
  return (result as unknown as { rows: { action_id: string; occurred_on: string; body: string; author_name: string | null }[] }).rows;
}

/** Name of an org unit of the collectivité (the report's filter line). */
export async function findOrgUnitName(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select({ name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.organizationId, organizationId), eq(orgUnits.id, id)));
  return row?.name ?? null;
}
