import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { measureRevisions, measures } from '../measures/measure.table.js';
import { users } from '../users/user.table.js';
import {
  indicatorActionLinks,
  indicatorInputs,
  indicatorNodeLinks,
  indicatorPilots,
  indicators,
  indicatorTargets,
  type IndicatorRow,
} from './indicator.table.js';

type Scope = { organizationId: string };
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export async function findIndicator(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(indicators).where(and(eq(indicators.organizationId, organizationId), eq(indicators.id, id)));
  return row;
}

export async function findIndicatorByCode(db: DbOrTx, { organizationId, code }: Scope & { code: string }) {
  const [row] = await db.select().from(indicators).where(and(eq(indicators.organizationId, organizationId), eq(indicators.code, code)));
  return row;
}

/** The indicators named by these codes (capitals), as formulas refer to them. */
export async function findIndicatorsByCodes(db: DbOrTx, { organizationId, codes }: Scope & { codes: string[] }) {
  if (codes.length === 0) return [];
  return db
    .select()
    .from(indicators)
    .where(and(eq(indicators.organizationId, organizationId), inArray(indicators.code, codes)));
}

export async function insertIndicator(db: DbOrTx, values: typeof indicators.$inferInsert) {
  const [row] = await db.insert(indicators).values(values).returning();
  return row as IndicatorRow;
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateIndicator(
  db: DbOrTx,
  { organizationId, id, version }: Scope & { id: string; version: number },
  values: Partial<Omit<IndicatorRow, 'id' | 'organizationId' | 'version' | 'createdAt'>>,
) {
  const [row] = await db
    .update(indicators)
    .set({ ...values, version: version + 1 })
    .where(and(eq(indicators.organizationId, organizationId), eq(indicators.id, id), eq(indicators.version, version)))
    .returning();
  return row;
}

/** The owner unit and every unit above it, in one recursive query. */
export async function orgUnitPath(db: DbOrTx, { organizationId, orgUnitId }: Scope & { orgUnitId: string | null }) {
  if (!orgUnitId) return [];
  const result = await db.execute(sql`
    with recursive path(id, parent_id) as (
      select id, parent_id from org_units where organization_id = ${organizationId} and id = ${orgUnitId}
      union all
      select u.id, u.parent_id from org_units u join path p on u.id = p.parent_id where u.organization_id = ${organizationId}
    )
    select id from path`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/** The given units and every unit below them (an actor "inside" acts on the indicators these own). */
export async function orgUnitSubtree(db: DbOrTx, { organizationId, orgUnitIds }: Scope & { orgUnitIds: string[] }) {
  if (orgUnitIds.length === 0) return [];
  const result = await db.execute(sql`
    with recursive sub(id) as (
      select id from org_units where organization_id = ${organizationId} and id = any(${sql.param(orgUnitIds)}::uuid[])
      union
      select u.id from org_units u join sub on u.parent_id = sub.id where u.organization_id = ${organizationId}
    )
    select id from sub`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

export async function findIndicatorPilotIds(db: DbOrTx, { organizationId, indicatorId }: Scope & { indicatorId: string }) {
  const rows = await db
    .select({ userId: indicatorPilots.userId })
    .from(indicatorPilots)
    .where(and(eq(indicatorPilots.organizationId, organizationId), eq(indicatorPilots.indicatorId, indicatorId)));
  return rows.map((row) => row.userId).sort();
}

export async function findIndicatorPilots(db: DbOrTx, { organizationId, indicatorId }: Scope & { indicatorId: string }) {
  return db
    .select({ id: users.id, name: users.name })
    .from(indicatorPilots)
    .innerJoin(users, eq(users.id, indicatorPilots.userId))
    .where(and(eq(indicatorPilots.organizationId, organizationId), eq(indicatorPilots.indicatorId, indicatorId)))
    .orderBy(asc(users.name));
}

export async function findIndicatorLinks(db: DbOrTx, { organizationId, indicatorId }: Scope & { indicatorId: string }) {
  const [nodes, actions] = await Promise.all([
    db
      .select({ id: indicatorNodeLinks.nodeId })
      .from(indicatorNodeLinks)
      .where(and(eq(indicatorNodeLinks.organizationId, organizationId), eq(indicatorNodeLinks.indicatorId, indicatorId))),
    db
      .select({ id: indicatorActionLinks.actionId })
      .from(indicatorActionLinks)
      .where(and(eq(indicatorActionLinks.organizationId, organizationId), eq(indicatorActionLinks.indicatorId, indicatorId))),
  ]);
  return { nodeIds: nodes.map((row) => row.id).sort(), actionIds: actions.map((row) => row.id).sort() };
}

/** Codes of the indicators a calculated indicator reads. */
export async function findInputCodes(db: DbOrTx, { organizationId, indicatorId }: Scope & { indicatorId: string }) {
  const rows = await db
    .select({ code: indicators.code })
    .from(indicatorInputs)
    .innerJoin(indicators, eq(indicators.id, indicatorInputs.inputId))
    .where(and(eq(indicatorInputs.organizationId, organizationId), eq(indicatorInputs.indicatorId, indicatorId)))
    .orderBy(asc(indicators.code));
  return rows.map((row) => row.code);
}

/** Every formula's inputs in the collectivité, by code: what cycle detection walks. */
export async function formulaGraph(db: DbOrTx, { organizationId }: Scope): Promise<Record<string, string[]>> {
  const result = await db.execute(sql`
    select i.code, input.code as input_code
    from indicator_inputs link
    join indicators i on i.id = link.indicator_id
    join indicators input on input.id = link.input_id
    where link.organization_id = ${organizationId}`);
  const graph: Record<string, string[]> = {};
  for (const row of rowsOf<{ code: string; input_code: string }>(result)) (graph[row.code] ??= []).push(row.input_code);
  return graph;
}

/** Codes of the calculated indicators whose formula reads this one. */
export async function findDependentCodes(db: DbOrTx, { organizationId, indicatorId }: Scope & { indicatorId: string }) {
  const rows = await db
    .select({ code: indicators.code })
    .from(indicatorInputs)
    .innerJoin(indicators, eq(indicators.id, indicatorInputs.indicatorId))
    .where(and(eq(indicatorInputs.organizationId, organizationId), eq(indicatorInputs.inputId, indicatorId), ne(indicatorInputs.indicatorId, indicatorId)))
    .orderBy(asc(indicators.code));
  return rows.map((row) => row.code);
}

/** Whether the indicator already has measures or targets (its periodicity is then fixed). */
export async function countIndicatorData(db: DbOrTx, { organizationId, indicatorId }: Scope & { indicatorId: string }) {
  const [m] = await db
    .select({ n: count() })
    .from(measures)
    .where(and(eq(measures.organizationId, organizationId), eq(measures.indicatorId, indicatorId)));
  const [t] = await db
    .select({ n: count() })
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.organizationId, organizationId), eq(indicatorTargets.indicatorId, indicatorId)));
  return { measures: m?.n ?? 0, targets: t?.n ?? 0 };
}

type Link = Scope & { indicatorId: string };

export async function replaceIndicatorPilots(db: DbOrTx, { organizationId, indicatorId }: Link, userIds: string[]) {
  await db.delete(indicatorPilots).where(and(eq(indicatorPilots.organizationId, organizationId), eq(indicatorPilots.indicatorId, indicatorId)));
  const unique = [...new Set(userIds)];
  if (unique.length > 0) await db.insert(indicatorPilots).values(unique.map((userId) => ({ organizationId, indicatorId, userId })));
}

export async function replaceIndicatorNodeLinks(db: DbOrTx, { organizationId, indicatorId }: Link, nodeIds: string[]) {
  await db.delete(indicatorNodeLinks).where(and(eq(indicatorNodeLinks.organizationId, organizationId), eq(indicatorNodeLinks.indicatorId, indicatorId)));
  const unique = [...new Set(nodeIds)];
  if (unique.length > 0) await db.insert(indicatorNodeLinks).values(unique.map((nodeId) => ({ organizationId, indicatorId, nodeId })));
}

export async function replaceIndicatorActionLinks(db: DbOrTx, { organizationId, indicatorId }: Link, actionIds: string[]) {
  await db.delete(indicatorActionLinks).where(and(eq(indicatorActionLinks.organizationId, organizationId), eq(indicatorActionLinks.indicatorId, indicatorId)));
  const unique = [...new Set(actionIds)];
  if (unique.length > 0) await db.insert(indicatorActionLinks).values(unique.map((actionId) => ({ organizationId, indicatorId, actionId })));
}

export async function replaceIndicatorInputs(db: DbOrTx, { organizationId, indicatorId }: Link, inputIds: string[]) {
  await db.delete(indicatorInputs).where(and(eq(indicatorInputs.organizationId, organizationId), eq(indicatorInputs.indicatorId, indicatorId)));
  const unique = [...new Set(inputIds)];
  if (unique.length > 0) await db.insert(indicatorInputs).values(unique.map((inputId) => ({ organizationId, indicatorId, inputId })));
}

/** The indicator and everything that hangs on it: measures, their history, targets, links. */
export async function deleteIndicatorRow(db: DbOrTx, { organizationId, indicatorId }: Link) {
  await db.delete(measureRevisions).where(and(eq(measureRevisions.organizationId, organizationId), eq(measureRevisions.indicatorId, indicatorId)));
  await db.delete(measures).where(and(eq(measures.organizationId, organizationId), eq(measures.indicatorId, indicatorId)));
  await db.delete(indicatorTargets).where(and(eq(indicatorTargets.organizationId, organizationId), eq(indicatorTargets.indicatorId, indicatorId)));
  await db.delete(indicatorPilots).where(and(eq(indicatorPilots.organizationId, organizationId), eq(indicatorPilots.indicatorId, indicatorId)));
  await db.delete(indicatorNodeLinks).where(and(eq(indicatorNodeLinks.organizationId, organizationId), eq(indicatorNodeLinks.indicatorId, indicatorId)));
  await db.delete(indicatorActionLinks).where(and(eq(indicatorActionLinks.organizationId, organizationId), eq(indicatorActionLinks.indicatorId, indicatorId)));
  await db.delete(indicatorInputs).where(and(eq(indicatorInputs.organizationId, organizationId), eq(indicatorInputs.indicatorId, indicatorId)));
  await db.delete(indicators).where(and(eq(indicators.organizationId, organizationId), eq(indicators.id, indicatorId)));
}

/**
 * When fiches, nodes or a whole plan go, the indicators linked to them stay, without the link.
 * Called by the actions and plans modules inside their deletion's transaction.
 */
export async function deleteIndicatorLinksTo(db: DbOrTx, { organizationId, actionIds, nodeIds, planId }: Scope & { actionIds?: string[]; nodeIds?: string[]; planId?: string }) {
  if (actionIds?.length) {
    await db.delete(indicatorActionLinks).where(and(eq(indicatorActionLinks.organizationId, organizationId), inArray(indicatorActionLinks.actionId, actionIds)));
  }
  if (nodeIds?.length) {
    await db.delete(indicatorNodeLinks).where(and(eq(indicatorNodeLinks.organizationId, organizationId), inArray(indicatorNodeLinks.nodeId, nodeIds)));
  }
  if (planId) {
    await db.execute(sql`
      delete from indicator_node_links l using plan_nodes n
      where l.organization_id = ${organizationId} and n.id = l.node_id and n.organization_id = ${organizationId} and n.plan_id = ${planId}`);
  }
}

/** A merged fiche's indicators follow it to the fiche it was merged into (a link both had stays one). */
export async function moveIndicatorActionLinks(db: DbOrTx, { organizationId, sourceId, targetId }: Scope & { sourceId: string; targetId: string }) {
  const result = await db.execute(sql`
    with moved as (
      delete from indicator_action_links where organization_id = ${organizationId} and action_id = ${sourceId}
      returning indicator_id
    )
    insert into indicator_action_links (organization_id, indicator_id, action_id)
    select ${organizationId}, indicator_id, ${targetId} from moved
    on conflict do nothing
    returning indicator_id`);
  return rowsOf<{ indicator_id: string }>(result).length;
}
