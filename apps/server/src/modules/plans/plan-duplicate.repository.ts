import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { newId } from '../../lib/tokens.js';
import { foldForSearch } from '../actions/action.search.js';
import { actionCopilots, actions, actionUnits } from '../actions/action.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { statuses } from '../statuses/status.table.js';

type Scope = { organizationId: string };
type Copy = Scope & { fromPlanId: string; toPlanId: string; now: Date };

/** Copies every node of a plan under new ids, keeping the shape; returns old id → new id. */
export async function copyPlanNodes(db: DbOrTx, { organizationId, fromPlanId, toPlanId, now }: Copy) {
  const nodes = await db
    .select()
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.planId, fromPlanId)));
  const ids = new Map(nodes.map((node) => [node.id, newId()]));
  if (nodes.length > 0) {
    await db.insert(planNodes).values(
      nodes.map((node) => ({
        id: ids.get(node.id)!,
        organizationId,
        planId: toPlanId,
        parentId: node.parentId ? ids.get(node.parentId)! : null,
        title: node.title,
        description: node.description,
        position: node.position,
        leadOrgUnitId: node.leadOrgUnitId,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  return ids;
}

/** The status a fresh fiche starts with: the first active "not started" one of the list. */
export async function findFirstNotStartedStatus(db: DbOrTx, { organizationId }: Scope) {
  const [row] = await db
    .select()
    .from(statuses)
    .where(and(eq(statuses.organizationId, organizationId), eq(statuses.category, 'not_started')))
    .orderBy(desc(statuses.active), asc(statuses.position), asc(statuses.label));
  return row;
}

/**
 * Copies the plan's fiches (sub-actions too, merged ones left behind) as a fresh start: same texts,
 * people and units, but no dates, no météo, progress 0, the given status. Log, milestones, budget
 * and annexes belong to the old period and stay there.
 */
export async function copyPlanActions(db: DbOrTx, copy: Copy & { nodeIds: Map<string, string>; statusId: string }) {
  const { organizationId, fromPlanId, toPlanId, now } = copy;
  const rows = await db
    .select()
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.planId, fromPlanId), isNull(actions.mergedIntoId)));
  const ids = new Map(rows.map((row) => [row.id, newId()]));
  const kept = rows.filter((row) => copy.nodeIds.has(row.nodeId) && (!row.parentActionId || ids.has(row.parentActionId)));
  // Parents first: a sub-action's foreign key needs its parent inserted.
  const ordered = [...kept.filter((row) => !row.parentActionId), ...kept.filter((row) => row.parentActionId)];
  for (let i = 0; i < ordered.length; i += 500) {
    await db.insert(actions).values(
      ordered.slice(i, i + 500).map((row) => ({
        ...row,
        id: ids.get(row.id)!,
        planId: toPlanId,
        nodeId: copy.nodeIds.get(row.nodeId)!,
        parentActionId: row.parentActionId ? ids.get(row.parentActionId)! : null,
        startsOn: null,
        endsOn: null,
        statusId: copy.statusId,
        weather: null,
        progress: 0,
        // The old log stays behind, so the search text is rebuilt from the copied texts only.
        searchText: foldForSearch([row.title, row.description, row.objectives, row.expectedResults].join('\n')),
        version: 1,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  const oldIds = ordered.map((row) => row.id);
  if (oldIds.length === 0) return 0;
  const copilots = await db.select().from(actionCopilots).where(and(eq(actionCopilots.organizationId, organizationId), inArray(actionCopilots.actionId, oldIds)));
  if (copilots.length > 0) await db.insert(actionCopilots).values(copilots.map((c) => ({ ...c, actionId: ids.get(c.actionId)! })));
  const units = await db.select().from(actionUnits).where(and(eq(actionUnits.organizationId, organizationId), inArray(actionUnits.actionId, oldIds)));
  if (units.length > 0) await db.insert(actionUnits).values(units.map((u) => ({ ...u, actionId: ids.get(u.actionId)! })));
  return ordered.length;
}
