import { eq } from 'drizzle-orm';
import type { PlanRole } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { attachments, budgetLines, logEntries, milestones, tasks } from '../actions/action-parts.table.js';
import { actionCopilots, actionUnits, actions } from '../actions/action.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { planMembers, plans } from '../plans/plan.table.js';
import { statuses } from '../statuses/status.table.js';
import type { PlanRows } from './demo-plans.generate.js';

/** Bulk writes of generated plans (demo seed, benchmark dataset): no per-row history, no per-row round trip. */

/** Multi-row inserts of a few hundred rows: one round trip per chunk, never one per row. */
export async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 300) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Writes generated plan rows, parents before children. */
export async function insertPlanRows(tx: DbOrTx, rows: PlanRows, chunk = 1000) {
  await insertInChunks(rows.nodes, (c) => tx.insert(planNodes).values(c), chunk);
  await insertInChunks(rows.actions, (c) => tx.insert(actions).values(c), chunk);
  await insertInChunks(rows.copilots, (c) => tx.insert(actionCopilots).values(c), chunk);
  await insertInChunks(rows.units, (c) => tx.insert(actionUnits).values(c), chunk);
  await insertInChunks(rows.milestones, (c) => tx.insert(milestones).values(c), chunk);
  await insertInChunks(rows.tasks, (c) => tx.insert(tasks).values(c), chunk);
  await insertInChunks(rows.logEntries, (c) => tx.insert(logEntries).values(c), chunk);
  await insertInChunks(rows.attachments, (c) => tx.insert(attachments).values(c), chunk);
  await insertInChunks(rows.budgetLines, (c) => tx.insert(budgetLines).values(c), chunk);
}

/** Status ids of the collectivité by label (the default list, created with it). */
export async function statusesByLabel(tx: DbOrTx, organizationId: string) {
  const rows = await tx.select().from(statuses).where(eq(statuses.organizationId, organizationId));
  return new Map(rows.map((s) => [s.label, { id: s.id, category: s.category }]));
}

/** A plan with its members, written as is (the demo's plans start active). */
export async function insertDemoPlan(tx: DbOrTx, plan: typeof plans.$inferInsert, members: { userId: string; role: PlanRole }[]) {
  await tx.insert(plans).values(plan);
  if (members.length > 0) {
    await tx.insert(planMembers).values(members.map((m) => ({ organizationId: plan.organizationId, planId: plan.id, ...m, createdAt: plan.createdAt })));
  }
}
