import { and, asc, count, eq, getTableColumns, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { StatusCategory, Weather } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { statuses } from '../statuses/status.table.js';
import { users } from '../users/user.table.js';
import { milestones } from './action-parts.table.js';
import { actionCopilots, actions, actionUnits } from './action.table.js';

/** What a list row needs of an action: not the (large) search text and vector. */
const { searchText: _text, searchVector: _vector, ...listedColumns } = getTableColumns(actions);

export const sortKeys = ['code', 'title', 'endsOn', 'progress', 'updatedAt'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface ActionFilters {
  statusIds?: string[];
  categories?: StatusCategory[];
  pilotId?: string;
  orgUnitId?: string;
  weathers?: Weather[];
  late?: boolean;
  flagship?: boolean;
  tag?: string;
  nodeId?: string;
  /** Already folded (lower case, no accents). */
  q?: string;
}

export interface ActionListQuery {
  organizationId: string;
  planIds: string[];
  /** Only actions this user pilots or co-pilots ("Mes actions"). */
  mineOf?: string;
  /** null: the actor reads every action of the plan; otherwise the `unit` visibility rule applies. */
  reader: { userId: string; unitIds: string[] } | null;
  filters: ActionFilters;
  today: string;
  /** Node ids in code order: sorting by code is sorting by place in this list, then by rank. */
  nodeOrder: string[];
  sort: { key: SortKey; desc: boolean };
  page: number;
  pageSize: number;
}

const copilotIs = (userId: string) =>
  sql`exists (select 1 from ${actionCopilots} where ${actionCopilots.actionId} = ${actions.id} and ${actionCopilots.userId} = ${userId})`;
const inUnits = (unitIds: string[]) =>
  unitIds.length === 0
    ? sql`false`
    : or(
        inArray(actions.leadOrgUnitId, unitIds),
        sql`exists (select 1 from ${actionUnits} where ${actionUnits.actionId} = ${actions.id} and ${inArray(actionUnits.orgUnitId, unitIds)})`,
      )!;

/**
 * action.read of action.policy.ts, for a reader who may read the plan but does not manage it:
 * not `unit`, or piloted by them, or in one of their units. The list tests check both agree.
 */
export const readableBy = (reader: { userId: string; unitIds: string[] }) =>
  or(ne(actions.visibility, 'unit'), eq(actions.pilotId, reader.userId), copilotIs(reader.userId), inUnits(reader.unitIds))!;

/** isLate of packages/shared/rollup.ts, in SQL (statuses joined); no end date is not late (never null). */
export const lateSql = (today: string) =>
  sql<boolean>`coalesce(${statuses.category} not in ('done', 'stopped') and (${actions.endsOn} < ${today} or exists (select 1 from ${milestones} where ${milestones.actionId} = ${actions.id} and ${milestones.doneOn} is null and ${milestones.dueOn} < ${today})), false)`;

/** A node and everything under it. */
const underNode = (organizationId: string, nodeId: string) =>
  sql`${actions.nodeId} in (with recursive sub(id) as (select id from plan_nodes where organization_id = ${organizationId} and id = ${nodeId} union all select n.id from plan_nodes n join sub on n.parent_id = sub.id where n.organization_id = ${organizationId}) select id from sub)`;

/** French stemmed full-text on the folded text, or a plain substring (word starts, short words). */
const matches = (q: string) => {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(sql`${actions.searchVector} @@ plainto_tsquery('french', ${q})`, sql`${actions.searchText} like ${like}`)!;
};

function whereOf(query: ActionListQuery): SQL {
  const f = query.filters;
  return and(
    eq(actions.organizationId, query.organizationId),
    inArray(actions.planId, query.planIds),
    query.mineOf ? or(eq(actions.pilotId, query.mineOf), copilotIs(query.mineOf)) : undefined,
    query.reader ? readableBy(query.reader) : undefined,
    f.statusIds?.length ? inArray(actions.statusId, f.statusIds) : undefined,
    f.categories?.length ? inArray(statuses.category, f.categories) : undefined,
    f.pilotId ? eq(actions.pilotId, f.pilotId) : undefined,
    f.orgUnitId ? inUnits([f.orgUnitId]) : undefined,
    f.weathers?.length ? inArray(actions.weather, f.weathers) : undefined,
    f.late ? lateSql(query.today) : undefined,
    f.flagship ? eq(actions.flagship, true) : undefined,
    f.tag ? sql`${actions.tags} @> ${JSON.stringify([f.tag])}::jsonb` : undefined,
    f.nodeId ? underNode(query.organizationId, f.nodeId) : undefined,
    f.q ? matches(f.q) : undefined,
  )!;
}

/** Rank of each action among its siblings (a node's top-level actions, or a parent's sub-actions). */
function ranked(db: DbOrTx, name: string, query: ActionListQuery) {
  return db.$with(name).as(
    db
      .select({
        id: actions.id,
        rank: sql<number>`row_number() over (partition by coalesce(${actions.parentActionId}, ${actions.nodeId}) order by ${actions.position}, ${actions.createdAt}, ${actions.id})`
          .mapWith(Number)
          .as(`${name}_rank`),
      })
      .from(actions)
      .where(and(eq(actions.organizationId, query.organizationId), inArray(actions.planId, query.planIds))),
  );
}

/** One page of actions with what a list row shows, in one query; the total in a second one. */
export async function listActionPage(db: DbOrTx, query: ActionListQuery) {
  if (query.planIds.length === 0) return { rows: [], total: 0 };
  const own = ranked(db, 'own', query);
  const parent = ranked(db, 'parent', query);
  const nodePlace = sql`array_position(${`{${query.nodeOrder.join(',')}}`}::uuid[], ${actions.nodeId})`;
  const codeOrder = [nodePlace, sql`coalesce(${parent.rank}, ${own.rank})`, sql`(${actions.parentActionId} is not null)`, own.rank];
  const by = (expr: SQL | typeof own.rank) => (query.sort.desc ? sql`${expr} desc` : sql`${expr} asc`);
  const first: Record<SortKey, SQL[]> = {
    code: [],
    title: [sql`lower(${actions.title})`],
    endsOn: [query.sort.desc ? sql`${actions.endsOn} desc nulls last` : sql`${actions.endsOn} asc nulls last`],
    progress: [sql`${actions.progress}`],
    updatedAt: [sql`${actions.updatedAt}`],
  };
  const order = [...first[query.sort.key].map((e) => (query.sort.key === 'endsOn' ? e : by(e))), ...codeOrder.map((e) => (query.sort.key === 'code' ? by(e) : sql`${e} asc`)), asc(actions.id)];
  const where = whereOf(query);
  const rows = await db
    .with(own, parent)
    .select({
      action: listedColumns,
      status: { id: statuses.id, label: statuses.label, category: statuses.category },
      pilotName: users.name,
      rank: own.rank,
      parentRank: parent.rank,
      late: lateSql(query.today).mapWith(Boolean),
    })
    .from(actions)
    .innerJoin(statuses, eq(statuses.id, actions.statusId))
    .leftJoin(users, eq(users.id, actions.pilotId))
    .innerJoin(own, eq(own.id, actions.id))
    .leftJoin(parent, eq(parent.id, actions.parentActionId))
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(actions).innerJoin(statuses, eq(statuses.id, actions.statusId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Plans where the user pilots or co-pilots at least one action. */
export async function plansPilotedBy(db: DbOrTx, { organizationId, userId }: { organizationId: string; userId: string }) {
  const rows = await db
    .selectDistinct({ planId: actions.planId })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), or(eq(actions.pilotId, userId), copilotIs(userId))));
  return rows.map((row) => row.planId);
}
