/** The only SQL of the plan import: what the file is matched against, and the one big write. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actionCopilots, actions } from '../actions/action.table.js';
import type { budgetLines } from '../actions/action-parts.table.js';
import type { auditEvents } from '../audit/audit.table.js';
import { indicatorActionLinks, indicators } from '../indicators/indicator.table.js';
import { listOrgUnits } from '../org-units/org-unit.repository.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { planMembers, plans } from '../plans/plan.table.js';
import { listStatuses } from '../statuses/status.repository.js';
import { memberships, users } from '../users/user.table.js';

type Scope = { organizationId: string };

export interface ImportReferences {
  people: { id: string; name: string; email: string }[];
  statuses: { id: string; label: string; category: string; active: boolean }[];
  units: { id: string; name: string; active: boolean }[];
  indicators: { id: string; code: string; name: string }[];
}

/** Everything the file's texts are matched against, read once (a few thousand rows at most). */
export async function loadImportReferences(db: DbOrTx, { organizationId }: Scope): Promise<ImportReferences> {
  const [people, statusRows, units, indicatorRows] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.active, true)))
      .orderBy(asc(users.name)),
    listStatuses(db, { organizationId }),
    listOrgUnits(db, { organizationId }),
    db.select({ id: indicators.id, code: indicators.code, name: indicators.name }).from(indicators).where(eq(indicators.organizationId, organizationId)),
  ]);
  return { people, statuses: statusRows, units, indicators: indicatorRows };
}

export interface ImportRows {
  plan: typeof plans.$inferInsert;
  member: typeof planMembers.$inferInsert;
  /** Nodes level by level from the top: a node's parent is always in the level before. */
  nodeLevels: (typeof planNodes.$inferInsert)[][];
  actions: (typeof actions.$inferInsert)[];
  copilots: (typeof actionCopilots.$inferInsert)[];
  budgets: (typeof budgetLines.$inferInsert)[];
  indicatorLinks: (typeof indicatorActionLinks.$inferInsert)[];
  events: (typeof auditEvents.$inferInsert)[];
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table (nodes, by Drizzle). */
const CHUNK = 1000;
/** Rows per JSON document for the big tables (a few MB of JSON at most). */
const RECORDSET_CHUNK = 2000;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, onChunk: (n: number) => void, size = CHUNK) {
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await insert(chunk);
    onChunk(chunk.length);
  }
}

/** Columns written from the JSON document, by their key in the row objects (camelCase) and SQL type. */
type Columns = [key: string, type: string][];
const ACTION_COLUMNS: Columns = [
  ['id', 'uuid'], ['organizationId', 'uuid'], ['planId', 'uuid'], ['nodeId', 'uuid'], ['parentActionId', 'uuid'], ['position', 'int'],
  ['title', 'text'], ['description', 'text'], ['objectives', 'text'], ['expectedResults', 'text'], ['pilotId', 'uuid'], ['eluId', 'uuid'],
  ['leadOrgUnitId', 'uuid'], ['partners', 'text'], ['startsOn', 'date'], ['endsOn', 'date'], ['priority', 'text'], ['flagship', 'boolean'],
  ['tags', 'jsonb'], ['statusId', 'uuid'], ['weather', 'text'], ['progress', 'int'], ['searchText', 'text'], ['createdAt', 'timestamptz'], ['updatedAt', 'timestamptz'],
];
const BUDGET_COLUMNS: Columns = [
  ['id', 'uuid'], ['organizationId', 'uuid'], ['actionId', 'uuid'], ['year', 'int'], ['nature', 'text'], ['plannedCents', 'bigint'],
  ['committedCents', 'bigint'], ['spentCents', 'bigint'], ['createdAt', 'timestamptz'], ['updatedAt', 'timestamptz'],
];
const EVENT_COLUMNS: Columns = [
  ['id', 'uuid'], ['organizationId', 'uuid'], ['actorUserId', 'uuid'], ['entityType', 'text'], ['entityId', 'text'], ['action', 'text'], ['changes', 'jsonb'], ['at', 'timestamptz'],
];
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * INSERT … SELECT FROM jsonb_to_recordset($1): one parameter per chunk instead of one per value.
 * Drizzle spent ~2 s building the SQL and parameters of 6,000 fiches × 25 columns, longer than
 * the database took to insert them. Table and column names are constants of this file.
 */
function insertRecordset(tx: DbOrTx, table: string, columns: Columns, rows: object[]) {
  const names = columns.map(([key]) => snake(key)).join(', ');
  const selected = columns.map(([key]) => `"${key}"`).join(', ');
  const types = columns.map(([key, type]) => `"${key}" ${type}`).join(', ');
  return tx.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${sql.raw(selected)} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as t(${sql.raw(types)})`);
}

/**
 * Writes the whole plan in the caller's transaction: nodes parents first (each level after the
 * one above), fiches before their sub-actions, then what points to fiches. `onRows` is told how
 * many rows went in, for the progress bar.
 */
export async function insertImportedPlan(tx: DbOrTx, rows: ImportRows, onRows: (n: number) => void) {
  await tx.insert(plans).values(rows.plan);
  await tx.insert(planMembers).values(rows.member);
  for (const level of rows.nodeLevels) await insertChunks(level, (chunk) => tx.insert(planNodes).values(chunk), onRows);
  const parents = rows.actions.filter((a) => !a.parentActionId);
  const children = rows.actions.filter((a) => a.parentActionId);
  const recordset = (table: string, columns: Columns) => (chunk: object[]) => insertRecordset(tx, table, columns, chunk);
  await insertChunks(parents, recordset('actions', ACTION_COLUMNS), onRows, RECORDSET_CHUNK);
  await insertChunks(children, recordset('actions', ACTION_COLUMNS), onRows, RECORDSET_CHUNK);
  await insertChunks(rows.copilots, (chunk) => tx.insert(actionCopilots).values(chunk).onConflictDoNothing(), onRows);
  await insertChunks(rows.budgets, recordset('budget_lines', BUDGET_COLUMNS), onRows, RECORDSET_CHUNK);
  await insertChunks(rows.indicatorLinks, (chunk) => tx.insert(indicatorActionLinks).values(chunk).onConflictDoNothing(), onRows);
  await insertChunks(rows.events, recordset('audit_events', EVENT_COLUMNS), onRows, RECORDSET_CHUNK);
}

