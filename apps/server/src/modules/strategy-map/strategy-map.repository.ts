import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters, StatusCategory, Weather } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { readableBy } from '../actions/action-list.repository.js';
import { actionUnits, actions } from '../actions/action.table.js';
import { statuses } from '../statuses/status.table.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Who reads the map: null for the plan's managers (every fiche), else the `unit` rule in SQL. */
export type MapReader = { userId: string; unitIds: string[] } | null;

export interface MapQuery {
  organizationId: string;
  planId: string;
  reader: MapReader;
  filters: DashboardFilters;
  today: string;
}

/** A unit and every unit below it, as a subquery (the org-unit filter covers a directorate's services). */
const unitAndBelow = (organizationId: string, orgUnitId: string) =>
  sql`(with recursive sub(id) as (
      select id from org_units where organization_id = ${organizationId} and id = ${orgUnitId}
      union select u.id from org_units u join sub on u.parent_id = sub.id where u.organization_id = ${organizationId}
    ) select id from sub)`;

/**
 * The fiches the map counts and lists: top-level and unmerged (as roll-ups count them), readable by
 * the reader, matching the dashboard filters. Written on the bare `actions` and `statuses` tables so
 * that `readableBy` (the action.read rule in SQL) applies unchanged.
 */
function countedActions(query: MapQuery): SQL {
  const f = query.filters;
  return and(
    eq(actions.organizationId, query.organizationId),
    eq(actions.planId, query.planId),
    sql`${actions.parentActionId} is null and ${actions.mergedIntoId} is null`,
    query.reader ? readableBy(query.reader) : undefined,
    f.statusId ? eq(actions.statusId, f.statusId) : undefined,
    f.pilotId ? eq(actions.pilotId, f.pilotId) : undefined,
    f.flagship ? eq(actions.flagship, f.flagship === 'true') : undefined,
    f.tag ? sql`${actions.tags} @> ${JSON.stringify([f.tag])}::jsonb` : undefined,
    f.orgUnitId
      ? sql`(${actions.leadOrgUnitId} in ${unitAndBelow(query.organizationId, f.orgUnitId)}
          or exists (select 1 from ${actionUnits} where ${actionUnits.actionId} = ${actions.id} and ${actionUnits.orgUnitId} in ${unitAndBelow(query.organizationId, f.orgUnitId)}))`
      : undefined,
  )!;
}

/** Late as `isLate` says, for the counted fiches (milestones read once, as a hashed set). */
const lateOf = (query: MapQuery) =>
  sql`${statuses.category} not in ('done', 'stopped') and (
    coalesce(${actions.endsOn} < ${query.today}::date, false)
    or ${actions.id} in (
      select m.action_id from milestones m
      where m.organization_id = ${query.organizationId} and m.done_on is null and m.due_on < ${query.today}::date
    ))`;

export interface MapNodeRow {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
  /** Fiches attached to this node itself (what the map lists under it). */
  ownCount: number;
  actionCount: number;
  lateCount: number;
  notStarted: number;
  inProgress: number;
  done: number;
  stopped: number;
  weighted: number | null;
  weights: number | null;
  plannedCents: number;
  committedCents: number;
  spentCents: number;
  sunny: number;
  cloudy: number;
  stormy: number;
  noWeather: number;
  flagshipCount: number;
}

/**
 * Every node of the plan with the roll-up of its subtree over the counted fiches, in one query —
 * the shape of selectPlanTree (plan-tree.repository.ts), plus météo and flagship counts: sums per
 * node first, then each node's sums added to every ancestor on its path.
 */
export async function selectMapNodes(db: DbOrTx, query: MapQuery): Promise<MapNodeRow[]> {
  const { organizationId, planId } = query;
  const result = await db.execute(sql`
    with recursive
    nodes as materialized (
      select n.id, n.parent_id, n.title, n.position from plan_nodes n
      where n.organization_id = ${organizationId} and n.plan_id = ${planId}
    ),
    walk as (
      select n.id, array[n.id] as path from nodes n where n.parent_id is null
      union all
      select n.id, w.path || n.id from nodes n join walk w on n.parent_id = w.id where not n.id = any(w.path)
    ),
    acts as materialized (
      select ${actions.id} as id, ${actions.nodeId} as node_id, ${actions.weight} as weight, ${actions.weather} as weather,
        ${actions.flagship} as flagship, ${statuses.category} as category,
        case when ${statuses.category} = 'done' then 100 else ${actions.progress} end as progress,
        ${lateOf(query)} as late
      from ${actions}
      join ${statuses} on ${statuses.id} = ${actions.statusId} and ${statuses.organizationId} = ${actions.organizationId}
      where ${countedActions(query)}
    ),
    budget as (
      select a.node_id, sum(b.planned_cents)::float8 as planned, sum(b.committed_cents)::float8 as committed, sum(b.spent_cents)::float8 as spent
      from budget_lines b join acts a on a.id = b.action_id
      where b.organization_id = ${organizationId}
      group by a.node_id
    ),
    own as materialized (
      select a.node_id,
        count(*)::int as action_count,
        (count(*) filter (where a.late))::int as late_count,
        (count(*) filter (where a.category = 'not_started'))::int as not_started,
        (count(*) filter (where a.category = 'in_progress'))::int as in_progress,
        (count(*) filter (where a.category = 'done'))::int as done,
        (count(*) filter (where a.category = 'stopped'))::int as stopped,
        (sum(a.weight * a.progress) filter (where a.category <> 'stopped'))::float8 as weighted,
        (sum(a.weight) filter (where a.category <> 'stopped'))::float8 as weights,
        (count(*) filter (where a.weather = 'sunny'))::int as sunny,
        (count(*) filter (where a.weather = 'cloudy'))::int as cloudy,
        (count(*) filter (where a.weather = 'stormy'))::int as stormy,
        (count(*) filter (where a.weather is null))::int as no_weather,
        (count(*) filter (where a.flagship))::int as flagship_count,
        coalesce(max(b.planned), 0) as planned, coalesce(max(b.committed), 0) as committed, coalesce(max(b.spent), 0) as spent
      from acts a left join budget b on b.node_id = a.node_id
      group by a.node_id
    ),
    rollups as (
      select unnest(w.path) as node_id,
        sum(o.action_count)::int as action_count, sum(o.late_count)::int as late_count,
        sum(o.not_started)::int as not_started, sum(o.in_progress)::int as in_progress, sum(o.done)::int as done, sum(o.stopped)::int as stopped,
        sum(o.weighted)::float8 as weighted, sum(o.weights)::float8 as weights,
        sum(o.planned)::float8 as planned, sum(o.committed)::float8 as committed, sum(o.spent)::float8 as spent,
        sum(o.sunny)::int as sunny, sum(o.cloudy)::int as cloudy, sum(o.stormy)::int as stormy, sum(o.no_weather)::int as no_weather,
        sum(o.flagship_count)::int as flagship_count
      from own o join walk w on w.id = o.node_id
      group by 1
    )
    select n.id, n.parent_id as "parentId", n.position, n.title,
      coalesce(o.action_count, 0) as "ownCount",
      coalesce(r.action_count, 0) as "actionCount", coalesce(r.late_count, 0) as "lateCount",
      coalesce(r.not_started, 0) as "notStarted", coalesce(r.in_progress, 0) as "inProgress",
      coalesce(r.done, 0) as done, coalesce(r.stopped, 0) as stopped,
      r.weighted, r.weights,
      coalesce(r.planned, 0) as "plannedCents", coalesce(r.committed, 0) as "committedCents", coalesce(r.spent, 0) as "spentCents",
      coalesce(r.sunny, 0) as sunny, coalesce(r.cloudy, 0) as cloudy, coalesce(r.stormy, 0) as stormy,
      coalesce(r.no_weather, 0) as "noWeather", coalesce(r.flagship_count, 0) as "flagshipCount"
    from nodes n
    left join rollups r on r.node_id = n.id
    left join own o on o.node_id = n.id`);
  return rowsOf<MapNodeRow>(result);
}

export interface MapActionRow {
  id: string;
  nodeId: string;
  title: string;
  weather: Weather | null;
  progress: number;
  flagship: boolean;
  statusId: string;
  statusLabel: string;
  category: StatusCategory;
  late: boolean;
  /** Rank among the node's top-level fiches (its code's last part), whoever reads. */
  rank: number;
}

/** The counted fiches attached to the given nodes, with their rank for the code. */
export async function selectMapActions(db: DbOrTx, query: MapQuery & { nodeIds: string[] }): Promise<MapActionRow[]> {
  if (query.nodeIds.length === 0) return [];
  const { organizationId, planId } = query;
  const result = await db.execute(sql`
    with ranked as (
      select a.id, row_number() over (partition by a.node_id order by a.position, a.created_at, a.id)::int as rank
      from actions a
      where a.organization_id = ${organizationId} and a.plan_id = ${planId} and a.parent_action_id is null
        and a.node_id = any(${sql.param(query.nodeIds)}::uuid[])
    )
    select ${actions.id} as id, ${actions.nodeId} as "nodeId", ${actions.title} as title, ${actions.weather} as weather,
      ${actions.progress} as progress, ${actions.flagship} as flagship,
      ${statuses.id} as "statusId", ${statuses.label} as "statusLabel", ${statuses.category} as category,
      coalesce(${lateOf(query)}, false) as late, ranked.rank
    from ${actions}
    join ${statuses} on ${statuses.id} = ${actions.statusId} and ${statuses.organizationId} = ${actions.organizationId}
    join ranked on ranked.id = ${actions.id}
    where ${countedActions(query)}
    order by ${actions.nodeId}, ranked.rank`);
  return rowsOf<MapActionRow>(result);
}

/**
 * Which nodes of the plan each of these indicators follows: its own node links, and the home node
 * of every linked fiche the reader may read (an unreadable fiche does not place an indicator).
 */
export async function selectIndicatorPlaces(db: DbOrTx, query: { organizationId: string; planId: string; reader: MapReader; indicatorIds: string[] }) {
  if (query.indicatorIds.length === 0) return [];
  const { organizationId, planId } = query;
  const ids = sql.param(query.indicatorIds);
  const result = await db.execute(sql`
    select l.indicator_id as "indicatorId", l.node_id as "nodeId"
    from indicator_node_links l join plan_nodes n on n.id = l.node_id
    where l.organization_id = ${organizationId} and n.plan_id = ${planId} and l.indicator_id = any(${ids}::uuid[])
    union
    select l.indicator_id, ${actions.nodeId}
    from indicator_action_links l join ${actions} on ${actions.id} = l.action_id
    where l.organization_id = ${organizationId} and ${actions.organizationId} = ${organizationId} and ${actions.planId} = ${planId}
      and l.indicator_id = any(${ids}::uuid[])
      ${query.reader ? sql`and ${readableBy(query.reader)}` : sql``}`);
  return rowsOf<{ indicatorId: string; nodeId: string }>(result);
}
