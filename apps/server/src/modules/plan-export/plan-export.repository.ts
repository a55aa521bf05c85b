import { and, asc, eq, getTableColumns, inArray, ne, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { attachments, budgetLines, logEntries, milestones, tasks } from '../actions/action-parts.table.js';
import { readableBy } from '../actions/action-list.repository.js';
import { rankedActions } from '../actions/action.repository.js';
import { actionCopilots, actionNodeLinks, actions, actionUnits } from '../actions/action.table.js';
import { ACTION_OWNER } from '../actions/parts/attachment.presenter.js';
import { insideSql, type IndicatorReader } from '../indicators/indicator-list.repository.js';
import { indicatorActionLinks, indicatorNodeLinks, indicatorPilots, indicators, indicatorTargets } from '../indicators/indicator.table.js';
import { measures } from '../measures/measure.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { plans } from '../plans/plan.table.js';
import { statuses } from '../statuses/status.table.js';
import { users } from '../users/user.table.js';

type Scope = { organizationId: string };
type PlanScope = Scope & { planId: string };

/** What the export reads of a fiche: not the (large) search text and vector. */
const { searchText: _text, searchVector: _vector, ...exportedColumns } = getTableColumns(actions);

/** Every node of the plan. */
export async function selectExportNodes(db: DbOrTx, { organizationId, planId }: PlanScope) {
  return db
    .select()
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.planId, planId)));
}

/**
 * The plan's fiches the reader may read (`reader` null: all of them — managers and admins), with
 * their status and their rank among their siblings (the last segment of their code). The rule is
 * the action list's (readableBy), so the export never holds a fiche the list would not show.
 */
export async function selectExportActions(db: DbOrTx, { organizationId, planId, reader }: PlanScope & { reader: { userId: string; unitIds: string[] } | null }) {
  const ranked = rankedActions(db, { organizationId, planIds: [planId] });
  return db
    .with(ranked)
    .select({ action: exportedColumns, statusLabel: statuses.label, category: statuses.category, rank: ranked.rank })
    .from(actions)
    .innerJoin(statuses, eq(statuses.id, actions.statusId))
    .innerJoin(ranked, eq(ranked.id, actions.id))
    .where(and(eq(actions.organizationId, organizationId), eq(actions.planId, planId), reader ? readableBy(reader) : undefined))
    .orderBy(asc(actions.nodeId), asc(ranked.rank));
}
export type ExportActionRow = Awaited<ReturnType<typeof selectExportActions>>[number];

/** The plan's fiches, as a subquery: parts are read for the whole plan, then kept for the exported fiches. */
const planActionIds = ({ organizationId, planId }: PlanScope) =>
  sql`(select ${actions.id} from ${actions} where ${actions.organizationId} = ${organizationId} and ${actions.planId} = ${planId})`;

/** Co-pilots, associated units and links to nodes of other plans (with that plan's name), of the plan's fiches. */
export async function selectActionLists(db: DbOrTx, scope: PlanScope) {
  const { organizationId } = scope;
  const [copilots, units, links] = await Promise.all([
    db
      .select({ actionId: actionCopilots.actionId, userId: actionCopilots.userId })
      .from(actionCopilots)
      .where(and(eq(actionCopilots.organizationId, organizationId), sql`${actionCopilots.actionId} in ${planActionIds(scope)}`)),
    db
      .select({ actionId: actionUnits.actionId, orgUnitId: actionUnits.orgUnitId })
      .from(actionUnits)
      .where(and(eq(actionUnits.organizationId, organizationId), sql`${actionUnits.actionId} in ${planActionIds(scope)}`)),
    db
      .select({ actionId: actionNodeLinks.actionId, nodeId: actionNodeLinks.nodeId, planId: planNodes.planId, planName: plans.name })
      .from(actionNodeLinks)
      .innerJoin(planNodes, eq(planNodes.id, actionNodeLinks.nodeId))
      .innerJoin(plans, eq(plans.id, planNodes.planId))
      .where(and(eq(actionNodeLinks.organizationId, organizationId), sql`${actionNodeLinks.actionId} in ${planActionIds(scope)}`)),
  ]);
  return { copilots, units, links };
}

/** Milestones, tasks, budget lines, annexes and (when asked) log entries of the plan's fiches, in the fiche's display order. */
export async function selectActionParts(db: DbOrTx, scope: PlanScope & { withLog: boolean }) {
  const { organizationId } = scope;
  const ofPlan = (column: AnyPgColumn) => sql`${column} in ${planActionIds(scope)}`;
  const [milestoneRows, taskRows, budgetRows, attachmentRows, logRows] = await Promise.all([
    db
      .select({ actionId: milestones.actionId, title: milestones.title, dueOn: milestones.dueOn, doneOn: milestones.doneOn })
      .from(milestones)
      .where(and(eq(milestones.organizationId, organizationId), ofPlan(milestones.actionId)))
      .orderBy(sql`${milestones.dueOn} asc nulls last`, asc(milestones.position), asc(milestones.createdAt), asc(milestones.id)),
    db
      .select({ actionId: tasks.actionId, title: tasks.title, assigneeId: tasks.assigneeId, dueOn: tasks.dueOn, done: tasks.done })
      .from(tasks)
      .where(and(eq(tasks.organizationId, organizationId), ofPlan(tasks.actionId)))
      .orderBy(asc(tasks.done), sql`${tasks.dueOn} asc nulls last`, asc(tasks.createdAt), asc(tasks.id)),
    db
      .select({
        actionId: budgetLines.actionId,
        year: budgetLines.year,
        nature: budgetLines.nature,
        plannedCents: budgetLines.plannedCents,
        committedCents: budgetLines.committedCents,
        spentCents: budgetLines.spentCents,
      })
      .from(budgetLines)
      .where(and(eq(budgetLines.organizationId, organizationId), ofPlan(budgetLines.actionId)))
      .orderBy(asc(budgetLines.year), asc(budgetLines.nature)),
    db
      .select({
        ownerId: attachments.ownerId,
        kind: attachments.kind,
        name: attachments.name,
        url: attachments.url,
        mimeType: attachments.mimeType,
        sizeBytes: attachments.sizeBytes,
        uploadedById: attachments.uploadedById,
        createdAt: attachments.createdAt,
      })
      .from(attachments)
      .where(and(eq(attachments.organizationId, organizationId), eq(attachments.ownerType, ACTION_OWNER), sql`${attachments.ownerId} in ${planActionIds(scope)}`))
      .orderBy(asc(attachments.createdAt), asc(attachments.name), asc(attachments.id)),
    scope.withLog
      ? db
          .select({ actionId: logEntries.actionId, authorId: logEntries.authorId, occurredOn: logEntries.occurredOn, body: logEntries.body, createdAt: logEntries.createdAt })
          .from(logEntries)
          .where(and(eq(logEntries.organizationId, organizationId), ofPlan(logEntries.actionId)))
          .orderBy(asc(logEntries.occurredOn), asc(logEntries.createdAt), asc(logEntries.body), asc(logEntries.id))
      : Promise.resolve([]),
  ]);
  return { milestones: milestoneRows, tasks: taskRows, budget: budgetRows, attachments: attachmentRows, log: logRows };
}
export type ExportParts = Awaited<ReturnType<typeof selectActionParts>>;

/** E-mail and name of the given people (accounts exist once across collectivités). */
export async function selectPeople(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(inArray(users.id, userIds));
}

/**
 * The indicators linked to the plan (to one of its nodes, or to one of its fiches) that the reader
 * may read (indicator.read in SQL, as the indicator list does), with whether they are inside
 * (then draft measures are theirs to read too).
 */
export async function selectExportIndicators(db: DbOrTx, { organizationId, planId, reader }: PlanScope & { reader: IndicatorReader }) {
  const linked = sql`(exists (select 1 from ${indicatorNodeLinks} l join ${planNodes} n on n.id = l.node_id
      where l.indicator_id = ${indicators.id} and n.organization_id = ${organizationId} and n.plan_id = ${planId})
    or exists (select 1 from ${indicatorActionLinks} l where l.indicator_id = ${indicators.id} and l.action_id in ${planActionIds({ organizationId, planId })}))`;
  return db
    .select({ indicator: indicators, inside: insideSql(reader).mapWith(Boolean) })
    .from(indicators)
    .where(and(eq(indicators.organizationId, organizationId), reader.admin ? undefined : or(ne(indicators.visibility, 'unit'), insideSql(reader)), linked))
    .orderBy(asc(indicators.code));
}

/** Pilots, targets, links and measures of the given indicators; draft measures only for `draftIds`. */
export async function selectIndicatorParts(db: DbOrTx, { organizationId, indicatorIds, draftIds }: Scope & { indicatorIds: string[]; draftIds: string[] }) {
  if (indicatorIds.length === 0) return { pilots: [], targets: [], nodeLinks: [], actionLinks: [], measures: [] };
  const scoped = (table: { organizationId: AnyPgColumn; indicatorId: AnyPgColumn }) =>
    and(eq(table.organizationId, organizationId), inArray(table.indicatorId, indicatorIds));
  const [pilots, targets, nodeLinks, actionLinks, measureRows] = await Promise.all([
    db.select({ indicatorId: indicatorPilots.indicatorId, userId: indicatorPilots.userId }).from(indicatorPilots).where(scoped(indicatorPilots)),
    db.select().from(indicatorTargets).where(scoped(indicatorTargets)).orderBy(asc(indicatorTargets.period)),
    db.select({ indicatorId: indicatorNodeLinks.indicatorId, nodeId: indicatorNodeLinks.nodeId }).from(indicatorNodeLinks).where(scoped(indicatorNodeLinks)),
    db.select({ indicatorId: indicatorActionLinks.indicatorId, actionId: indicatorActionLinks.actionId }).from(indicatorActionLinks).where(scoped(indicatorActionLinks)),
    db
      .select()
      .from(measures)
      .where(and(scoped(measures), draftIds.length ? or(eq(measures.state, 'validated'), inArray(measures.indicatorId, draftIds)) : eq(measures.state, 'validated')))
      .orderBy(asc(measures.indicatorId), asc(measures.period)),
  ]);
  return { pilots, targets, nodeLinks, actionLinks, measures: measureRows };
}
