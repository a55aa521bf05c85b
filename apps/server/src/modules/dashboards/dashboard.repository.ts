import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actionColumns, rankColumns, rowsOf, scopedActionsSql, type ActionRefRow, type ActionScope } from './dashboard-scope.repository.js';

/** Sums of one group of fiches; the service turns them into a DashboardRollup. */
export interface RollupRow {
  /** 'total', 'plan' (plan_id set) or 'top' (top_id set: a breakdown node and everything below it). */
  level: 'total' | 'plan' | 'top';
  plan_id: string | null;
  top_id: string | null;
  action_count: number;
  late_count: number;
  not_started: number;
  in_progress: number;
  done: number;
  stopped: number;
  sunny: number;
  cloudy: number;
  stormy: number;
  no_weather: number;
  flagship_count: number;
  weighted: number | null;
  weights: number | null;
  planned: number;
  committed: number;
  spent: number;
}

type Tops = { nodeIds: string[]; topIds: (string | null)[] };

/** CTEs `budget` and `rollups` over `scoped` (see selectRollups). */
function rollupCtes(scope: ActionScope, tops?: Tops): SQL {
  const topJoin = tops ? sql`join unnest(${sql.param(tops.nodeIds)}::uuid[], ${sql.param(tops.topIds)}::uuid[]) as t(node_id, top_id) on t.node_id = a.node_id` : sql``;
  const topId = tops ? sql`t.top_id` : sql`null::uuid`;
  const sets = tops ? sql`grouping sets ((), (a.plan_id), (t.top_id))` : sql`grouping sets ((), (a.plan_id))`;
  return sql`
    budget as (
      select b.action_id, sum(b.planned_cents)::float8 as planned, sum(b.committed_cents)::float8 as committed, sum(b.spent_cents)::float8 as spent
      from budget_lines b
      where b.organization_id = ${scope.organizationId} and b.action_id in (select id from scoped)
      group by b.action_id
    ),
    rollups as (
      select
        case when grouping(a.plan_id) = 0 then 'plan' ${tops ? sql`when grouping(t.top_id) = 0 then 'top'` : sql``} else 'total' end as level,
        a.plan_id, ${topId} as top_id,
        count(*)::int as action_count,
        (count(*) filter (where a.overdue_since is not null))::int as late_count,
        (count(*) filter (where a.category = 'not_started'))::int as not_started,
        (count(*) filter (where a.category = 'in_progress'))::int as in_progress,
        (count(*) filter (where a.category = 'done'))::int as done,
        (count(*) filter (where a.category = 'stopped'))::int as stopped,
        (count(*) filter (where a.weather = 'sunny'))::int as sunny,
        (count(*) filter (where a.weather = 'cloudy'))::int as cloudy,
        (count(*) filter (where a.weather = 'stormy'))::int as stormy,
        (count(*) filter (where a.weather is null))::int as no_weather,
        (count(*) filter (where a.flagship))::int as flagship_count,
        (sum(a.weight * a.counted_progress) filter (where a.category <> 'stopped'))::float8 as weighted,
        (sum(a.weight) filter (where a.category <> 'stopped'))::float8 as weights,
        coalesce(sum(b.planned), 0)::float8 as planned, coalesce(sum(b.committed), 0)::float8 as committed, coalesce(sum(b.spent), 0)::float8 as spent
      from scoped a
      ${topJoin}
      left join budget b on b.action_id = a.id
      group by ${sets}
    )`;
}

/**
 * Roll-ups of the fiches in scope in one query: the whole scope, each plan, and — given `tops`
 * (node id → the breakdown node it falls under, null for the focused node itself) — each
 * breakdown node. With `tops`, only fiches attached to its nodes count. Same rules as
 * selectPlanTree / rollupTree: done counts 100, stopped left out of the mean, weights.
 */
export async function selectRollups(db: DbOrTx, scope: ActionScope, tops?: Tops) {
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    ${rollupCtes(scope, tops)}
    select * from rollups`);
  return rowsOf<RollupRow>(result);
}

export type ActionListKind = 'late' | 'flagship' | 'all';

const kindWhere: Record<ActionListKind, SQL> = {
  late: sql`a.overdue_since is not null`,
  flagship: sql`a.flagship`,
  all: sql`true`,
};

type ActionList = { kind: ActionListKind; limit: number; nodeOrder: string[] };

/** CTE `name`: the capped list over `scoped`, numbered (`ord`) in its order, with the count of all. */
function actionRefsCte(name: string, list: ActionList): SQL {
  // A hash join on the numbered node ids: array_position would scan the array once per fiche.
  const nodePlace = sql`o.place`;
  const order = list.kind === 'late' ? sql`a.overdue_since, a.ends_on nulls last, ${nodePlace}, a.position, a.created_at, a.id` : sql`${nodePlace}, a.position, a.created_at, a.id`;
  // The pilot's name is looked up for the capped rows only (not hashed for all 3,000 people).
  return sql`${sql.identifier(name)} as (
    select x.*, u.name as pilot_name from (
      select ${actionColumns}, row_number() over (order by ${order}) as ord, count(*) over () as total
      from scoped a
      left join unnest(${sql.param(list.nodeOrder)}::uuid[]) with ordinality as o(node_id, place) on o.node_id = a.node_id
      where ${kindWhere[list.kind]}
      order by ${order}
      limit ${list.limit}
    ) x
    left join users u on u.id = x.pilot_id
  )`;
}

/**
 * A capped list of the fiches in scope, with what an ActionRef shows and the number of them in
 * all. Late: most overdue first; others: in code order (`nodeOrder`: node ids in code order).
 * Ranks (for codes) are computed on the capped rows only, outside the query that cuts them.
 */
export async function selectActionRefs(db: DbOrTx, scope: ActionScope, list: ActionList) {
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    ${actionRefsCte('listed', list)}
    select l.*, ${rankColumns('l')} from listed l order by l.ord`);
  return rowsOf<ActionRefRow>(result).map((row) => ({ ...row, total: Number(row.total) }));
}

export interface MilestoneRefRow {
  id: string;
  title: string;
  due_on: string;
  action_id: string;
  node_id: string;
  action_title: string;
  rank: number;
  parent_rank: number | null;
  total: number;
}

type MilestoneWindow = { until: string; limit: number };

/** CTE `name`: milestones not done due from today to `until` of the fiches in `scoped`, soonest first, capped. */
function milestonesCte(name: string, scope: ActionScope, window: MilestoneWindow): SQL {
  return sql`${sql.identifier(name)} as (
    select m.id, m.title, m.due_on::text as due_on, a.id as action_id, a.title as action_title,
      a.organization_id, a.plan_id, a.node_id, a.parent_action_id, a.position, a.created_at,
      row_number() over (order by m.due_on, a.title, m.position, m.id) as ord, count(*) over () as total
    from milestones m
    join scoped a on a.id = m.action_id
    where m.organization_id = ${scope.organizationId} and m.done_on is null and m.due_on >= ${scope.today}::date and m.due_on <= ${window.until}::date
    order by m.due_on, a.title, m.position, m.id
    limit ${window.limit}
  )`;
}

const milestoneColumns = (alias: string) => sql`${sql.raw(alias)}.id, ${sql.raw(alias)}.title, ${sql.raw(alias)}.due_on, ${sql.raw(alias)}.action_id,
  ${sql.raw(alias)}.node_id, ${sql.raw(alias)}.action_title, ${sql.raw(alias)}.total, ${sql.raw(alias)}.ord, ${rankColumns(alias, 'action_id')}`;

/** Milestones not done, due from today to `until`, of the fiches in scope: soonest first, capped. */
export async function selectUpcomingMilestones(db: DbOrTx, scope: ActionScope, window: MilestoneWindow) {
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    ${milestonesCte('listed', scope, window)}
    select ${milestoneColumns('l')} from listed l order by l.ord`);
  return rowsOf<MilestoneRefRow>(result).map((row) => ({ ...row, total: Number(row.total) }));
}

/**
 * Roll-ups, late fiches, flagships and upcoming milestones of one scope in a single pass: the
 * scope is read once, and each part comes back as JSON rows tagged with their part (JSON also
 * gives both drivers the same types).
 */
export async function selectDashboardParts(db: DbOrTx, scope: ActionScope, parts: { tops?: Tops; lists: ActionList[]; milestones: MilestoneWindow }) {
  const lists = parts.lists.map((list, index) => ({ name: `list_${index}`, list }));
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    ${rollupCtes(scope, parts.tops)},
    ${sql.join(lists.map(({ name, list }) => actionRefsCte(name, list)), sql`, `)},
    ${milestonesCte('milestones_due', scope, parts.milestones)}
    select 'rollup' as part, to_jsonb(r) as row from rollups r
    ${sql.join(
      lists.map(({ name }) => sql` union all select ${name}, to_jsonb(x) from (select l.*, ${rankColumns('l')} from ${sql.identifier(name)} l) x`),
      sql``,
    )}
    union all select 'milestones', to_jsonb(x) from (select ${milestoneColumns('l')} from milestones_due l) x`);
  const rows = rowsOf<{ part: string; row: Record<string, unknown> }>(result);
  const of = <T>(part: string) =>
    rows
      .filter((r) => r.part === part)
      .map((r) => r.row as T & { ord: number })
      .sort((a, b) => a.ord - b.ord);
  return {
    rollups: rows.filter((r) => r.part === 'rollup').map((r) => r.row as unknown as RollupRow),
    lists: lists.map(({ name }) => of<ActionRefRow>(name)),
    milestones: of<MilestoneRefRow>('milestones'),
  };
}
