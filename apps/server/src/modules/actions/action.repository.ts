import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { statuses } from '../statuses/status.table.js';
import { users } from '../users/user.table.js';
import { milestones } from './action-parts.table.js';
import { actionCopilots, actionNodeLinks, actions, actionUnits, type ActionRow } from './action.table.js';

type Scope = { organizationId: string };

export async function findAction(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(actions).where(and(eq(actions.organizationId, organizationId), eq(actions.id, id)));
  return row;
}

/** The action row locked until the end of the transaction (progress recomputation, merge). */
export async function lockAction(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.id, id)))
    .for('update');
  return row;
}

export async function findActionCopilotIds(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  const rows = await db
    .select({ userId: actionCopilots.userId })
    .from(actionCopilots)
    .where(and(eq(actionCopilots.organizationId, organizationId), eq(actionCopilots.actionId, actionId)));
  return rows.map((row) => row.userId).sort();
}

export async function findActionUnitIds(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  const rows = await db
    .select({ orgUnitId: actionUnits.orgUnitId })
    .from(actionUnits)
    .where(and(eq(actionUnits.organizationId, organizationId), eq(actionUnits.actionId, actionId)));
  return rows.map((row) => row.orgUnitId).sort();
}

export async function findActionNodeLinkIds(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  const rows = await db
    .select({ nodeId: actionNodeLinks.nodeId })
    .from(actionNodeLinks)
    .where(and(eq(actionNodeLinks.organizationId, organizationId), eq(actionNodeLinks.actionId, actionId)));
  return rows.map((row) => row.nodeId).sort();
}

/** Sub-actions in code order. */
export async function listSubActions(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  return db
    .select({ action: actions, category: statuses.category })
    .from(actions)
    .innerJoin(statuses, eq(statuses.id, actions.statusId))
    .where(and(eq(actions.organizationId, organizationId), eq(actions.parentActionId, actionId)))
    .orderBy(asc(actions.position), asc(actions.createdAt), asc(actions.id));
}

export async function listActionMilestones(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  return db
    .select({ dueOn: milestones.dueOn, doneOn: milestones.doneOn })
    .from(milestones)
    .where(and(eq(milestones.organizationId, organizationId), eq(milestones.actionId, actionId)));
}

/** Next position among siblings: the node's top-level actions, or the parent's sub-actions. */
export async function nextActionPosition(db: DbOrTx, { organizationId, nodeId, parentActionId }: Scope & { nodeId: string; parentActionId: string | null }) {
  const [row] = await db
    .select({ last: max(actions.position) })
    .from(actions)
    .where(
      and(
        eq(actions.organizationId, organizationId),
        parentActionId ? eq(actions.parentActionId, parentActionId) : and(eq(actions.nodeId, nodeId), isNull(actions.parentActionId)),
      ),
    );
  return (row?.last ?? -1) + 1;
}

export async function insertAction(db: DbOrTx, values: typeof actions.$inferInsert) {
  const [row] = await db.insert(actions).values(values).returning();
  return row as ActionRow;
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateAction(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Omit<ActionRow, 'id' | 'organizationId' | 'version' | 'createdAt' | 'searchText'>>,
) {
  const [row] = await db
    .update(actions)
    .set({ ...values, version: version + 1 })
    .where(and(eq(actions.organizationId, organizationId), eq(actions.id, id), eq(actions.version, version)))
    .returning();
  return row;
}

/** Derived progress: no version bump, so a pilot editing the parent is not told it changed under them. */
export async function setActionProgress(db: DbOrTx, { organizationId, id }: Scope & { id: string }, progress: number) {
  await db.update(actions).set({ progress }).where(and(eq(actions.organizationId, organizationId), eq(actions.id, id)));
}

export async function replaceActionCopilots(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }, userIds: string[]) {
  await db.delete(actionCopilots).where(and(eq(actionCopilots.organizationId, organizationId), eq(actionCopilots.actionId, actionId)));
  const unique = [...new Set(userIds)];
  if (unique.length > 0) await db.insert(actionCopilots).values(unique.map((userId) => ({ organizationId, actionId, userId })));
}

export async function replaceActionUnits(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }, orgUnitIds: string[]) {
  await db.delete(actionUnits).where(and(eq(actionUnits.organizationId, organizationId), eq(actionUnits.actionId, actionId)));
  const unique = [...new Set(orgUnitIds)];
  if (unique.length > 0) await db.insert(actionUnits).values(unique.map((orgUnitId) => ({ organizationId, actionId, orgUnitId })));
}

export async function replaceActionNodeLinks(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }, nodeIds: string[]) {
  await db.delete(actionNodeLinks).where(and(eq(actionNodeLinks.organizationId, organizationId), eq(actionNodeLinks.actionId, actionId)));
  const unique = [...new Set(nodeIds)];
  if (unique.length > 0) await db.insert(actionNodeLinks).values(unique.map((nodeId) => ({ organizationId, actionId, nodeId })));
}

export async function deleteActionRow(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const where = (table: typeof actionCopilots | typeof actionUnits | typeof actionNodeLinks) =>
    and(eq(table.organizationId, organizationId), eq(table.actionId, id));
  await db.delete(actionCopilots).where(where(actionCopilots));
  await db.delete(actionUnits).where(where(actionUnits));
  await db.delete(actionNodeLinks).where(where(actionNodeLinks));
  await db.delete(actions).where(and(eq(actions.organizationId, organizationId), eq(actions.id, id)));
}

export async function countActionsMergedInto(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const rows = await db
    .select({ id: actions.id })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.mergedIntoId, id)));
  return rows.length;
}

export async function userNames(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findNodes(db: DbOrTx, { organizationId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return [];
  return db
    .select({ id: planNodes.id, planId: planNodes.planId })
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), inArray(planNodes.id, ids)));
}

/** Every node of the given plans, for codes (1, 1.2, 1.2.3). */
export async function listPlanNodes(db: DbOrTx, { organizationId, planIds }: Scope & { planIds: string[] }) {
  if (planIds.length === 0) return [];
  return db
    .select({ id: planNodes.id, planId: planNodes.planId, parentId: planNodes.parentId, position: planNodes.position, title: planNodes.title })
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), inArray(planNodes.planId, planIds)));
}

export async function findActiveStatus(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(statuses)
    .where(and(eq(statuses.organizationId, organizationId), eq(statuses.id, id), eq(statuses.active, true)));
  return row;
}

/** The first active status of a category, in the collectivité's order. */
export async function firstStatusOf(db: DbOrTx, { organizationId, category }: Scope & { category: 'not_started' | 'stopped' | 'done' }) {
  const [row] = await db
    .select()
    .from(statuses)
    .where(and(eq(statuses.organizationId, organizationId), eq(statuses.category, category), eq(statuses.active, true)))
    .orderBy(asc(statuses.position), asc(statuses.label))
    .limit(1);
  return row;
}

export async function findStatusById(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(statuses).where(and(eq(statuses.organizationId, organizationId), eq(statuses.id, id)));
  return row;
}

/**
 * Rank of each action among its siblings (top-level actions of a node, or sub-actions of a parent),
 * by position then creation: the last segment of its code.
 */
export function rankedActions(db: DbOrTx, { organizationId, planIds }: Scope & { planIds: string[] | 'all' }) {
  return db.$with('ranked').as(
    db
      .select({
        id: actions.id,
        rank: sql<number>`row_number() over (partition by coalesce(${actions.parentActionId}, ${actions.nodeId}) order by ${actions.position}, ${actions.createdAt}, ${actions.id})`
          .mapWith(Number)
          .as('rank'),
      })
      .from(actions)
      .where(and(eq(actions.organizationId, organizationId), planIds === 'all' ? undefined : inArray(actions.planId, planIds))),
  );
}

/** Ranks of the given actions within their plan. */
export async function findActionRanks(db: DbOrTx, { organizationId, planId, ids }: Scope & { planId: string; ids: string[] }) {
  const ranked = rankedActions(db, { organizationId, planIds: [planId] });
  const rows = await db.with(ranked).select().from(ranked).where(inArray(ranked.id, ids));
  return new Map(rows.map((row) => [row.id, row.rank]));
}
