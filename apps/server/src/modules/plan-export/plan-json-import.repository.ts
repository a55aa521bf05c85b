import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { attachments, budgetLines, logEntries, milestones, tasks } from '../actions/action-parts.table.js';
import { actionCopilots, actionNodeLinks, actions, actionUnits } from '../actions/action.table.js';
import { auditEvents } from '../audit/audit.table.js';
import { indicatorActionLinks, indicatorInputs, indicatorNodeLinks, indicatorPilots, indicators, indicatorTargets } from '../indicators/indicator.table.js';
import { measures } from '../measures/measure.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { planMembers, plans } from '../plans/plan.table.js';
import { statuses } from '../statuses/status.table.js';
import { memberships, users } from '../users/user.table.js';

type Scope = { organizationId: string };

/** The active members of the collectivité among these e-mails (stored lower-cased). */
export async function findMembersByEmails(db: DbOrTx, { organizationId, emails }: Scope & { emails: string[] }) {
  if (emails.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId)))
    .where(and(inArray(users.email, emails), eq(memberships.active, true)));
}

/** The collectivité's plans with one of these names. */
export async function findPlansByNames(db: DbOrTx, { organizationId, names }: Scope & { names: string[] }) {
  if (names.length === 0) return [];
  return db
    .select({ id: plans.id, name: plans.name, createdAt: plans.createdAt })
    .from(plans)
    .where(and(eq(plans.organizationId, organizationId), inArray(plans.name, names)));
}

/** Every row of a new plan, written parents first, each table in chunks (PostgreSQL takes at most 65,535 parameters). */
export interface ImportRows {
  statuses: (typeof statuses.$inferInsert)[];
  plan: typeof plans.$inferInsert;
  member: typeof planMembers.$inferInsert;
  nodes: (typeof planNodes.$inferInsert)[];
  actions: (typeof actions.$inferInsert)[];
  merges: { id: string; mergedIntoId: string }[];
  copilots: (typeof actionCopilots.$inferInsert)[];
  units: (typeof actionUnits.$inferInsert)[];
  nodeLinks: (typeof actionNodeLinks.$inferInsert)[];
  milestones: (typeof milestones.$inferInsert)[];
  tasks: (typeof tasks.$inferInsert)[];
  log: (typeof logEntries.$inferInsert)[];
  budget: (typeof budgetLines.$inferInsert)[];
  attachments: (typeof attachments.$inferInsert)[];
  indicators: (typeof indicators.$inferInsert)[];
  indicatorPilots: (typeof indicatorPilots.$inferInsert)[];
  indicatorInputs: (typeof indicatorInputs.$inferInsert)[];
  targets: (typeof indicatorTargets.$inferInsert)[];
  measures: (typeof measures.$inferInsert)[];
  indicatorNodeLinks: (typeof indicatorNodeLinks.$inferInsert)[];
  indicatorActionLinks: (typeof indicatorActionLinks.$inferInsert)[];
  audit: (typeof auditEvents.$inferInsert)[];
}

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function insertImportRows(tx: DbOrTx, rows: ImportRows) {
  await chunked(rows.statuses, (c) => tx.insert(statuses).values(c));
  await tx.insert(plans).values(rows.plan);
  await tx.insert(planMembers).values(rows.member);
  // Parents before children: the tree is listed depth-first, fiches before their sub-actions.
  await chunked(rows.nodes, (c) => tx.insert(planNodes).values(c));
  await chunked(rows.actions, (c) => tx.insert(actions).values(c));
  for (const { id, mergedIntoId } of rows.merges) await tx.update(actions).set({ mergedIntoId }).where(eq(actions.id, id));
  await chunked(rows.copilots, (c) => tx.insert(actionCopilots).values(c).onConflictDoNothing());
  await chunked(rows.units, (c) => tx.insert(actionUnits).values(c).onConflictDoNothing());
  await chunked(rows.nodeLinks, (c) => tx.insert(actionNodeLinks).values(c).onConflictDoNothing());
  await chunked(rows.milestones, (c) => tx.insert(milestones).values(c));
  await chunked(rows.tasks, (c) => tx.insert(tasks).values(c));
  await chunked(rows.log, (c) => tx.insert(logEntries).values(c));
  await chunked(rows.budget, (c) => tx.insert(budgetLines).values(c).onConflictDoNothing());
  await chunked(rows.attachments, (c) => tx.insert(attachments).values(c));
  await chunked(rows.indicators, (c) => tx.insert(indicators).values(c));
  await chunked(rows.indicatorPilots, (c) => tx.insert(indicatorPilots).values(c).onConflictDoNothing());
  await chunked(rows.indicatorInputs, (c) => tx.insert(indicatorInputs).values(c).onConflictDoNothing());
  await chunked(rows.targets, (c) => tx.insert(indicatorTargets).values(c).onConflictDoNothing());
  await chunked(rows.measures, (c) => tx.insert(measures).values(c).onConflictDoNothing());
  await chunked(rows.indicatorNodeLinks, (c) => tx.insert(indicatorNodeLinks).values(c).onConflictDoNothing());
  await chunked(rows.indicatorActionLinks, (c) => tx.insert(indicatorActionLinks).values(c).onConflictDoNothing());
  await chunked(rows.audit, (c) => tx.insert(auditEvents).values(c));
}
