import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actionNodeLinks, actions } from '../actions/action.table.js';
import { deleteIndicatorLinksTo } from '../indicators/indicator.repository.js';
import { planNodes, type PlanNodeRow } from './plan-node.table.js';

type Scope = { organizationId: string };

export async function listPlanNodes(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  return db
    .select()
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.planId, planId)))
    .orderBy(asc(planNodes.position), asc(planNodes.title));
}

export async function findPlanNode(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(planNodes).where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.id, id)));
  return row;
}

export async function insertPlanNode(db: DbOrTx, values: typeof planNodes.$inferInsert) {
  const [row] = await db.insert(planNodes).values(values).returning();
  return row as PlanNodeRow;
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updatePlanNode(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Pick<PlanNodeRow, 'title' | 'description' | 'parentId' | 'position' | 'leadOrgUnitId' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(planNodes)
    .set({ ...values, version: version + 1 })
    .where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.id, id), eq(planNodes.version, version)))
    .returning();
  return row;
}

/**
 * Renumbers siblings after an insert, a move or a deletion. Only the place changes, not what the
 * node says, so the version stays: someone editing a sibling's title must not get a 409 for it.
 */
export async function setPlanNodePositions(db: DbOrTx, { organizationId }: Scope, moves: { id: string; position: number }[]) {
  for (const move of moves) {
    await db
      .update(planNodes)
      .set({ position: move.position })
      .where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.id, move.id)));
  }
}

/** Fiches homed on these nodes (sub-actions and merged ones included) plus links from other fiches. */
export async function countActionsOnNodes(db: DbOrTx, { organizationId, nodeIds }: Scope & { nodeIds: string[] }) {
  if (nodeIds.length === 0) return 0;
  const [own] = await db
    .select({ n: count() })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), inArray(actions.nodeId, nodeIds)));
  const [linked] = await db
    .select({ n: count() })
    .from(actionNodeLinks)
    .where(and(eq(actionNodeLinks.organizationId, organizationId), inArray(actionNodeLinks.nodeId, nodeIds)));
  return Number(own?.n ?? 0) + Number(linked?.n ?? 0);
}

/** One statement for the whole subtree, so no child ever points to a deleted parent. */
export async function deletePlanNodes(db: DbOrTx, { organizationId, nodeIds }: Scope & { nodeIds: string[] }) {
  if (nodeIds.length === 0) return;
  await deleteIndicatorLinksTo(db, { organizationId, nodeIds });
  await db.delete(planNodes).where(and(eq(planNodes.organizationId, organizationId), inArray(planNodes.id, nodeIds)));
}
