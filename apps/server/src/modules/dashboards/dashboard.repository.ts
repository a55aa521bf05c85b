import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actionRefColumns, rankColumns, rowsOf, scopedActionsSql, type ActionRefRow, type ActionScope } from './dashboard-scope.repository.js';

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

/**
 * Roll-ups of the fiches in scope in one query: the whole scope, each plan, and — given `tops`
 * (node id → the breakdown node it falls under, null for the focused node itself) — each
 * breakdown node. With `tops`, only fiches attached to its nodes count. Same rules as
 * selectPlanTree / rollupTree: done counts 100, stopped left out of the mean, weights.
 */
export async function selectRollups(db: DbOrTx, scope: ActionScope, tops?: { nodeIds: string[]; topIds: (string | null)[] }) {
  const topJoin = tops ? sql`join unnest(${sql.param(tops.nodeIds)}::uuid[], ${sql.param(tops.topIds)}::uuid[]) as t(node_id, top_id) on t.node_id = a.node_id` : sql``;
  const topId = tops ? sql`t.top_id` : sql`null::uuid`;
  const sets = tops ? sql`grouping sets ((), (a.plan_id), (t.top_id))` : sql`grouping sets ((), (a.plan_id))`;
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    budget as (
      select b.action_id, sum(b.planned_cents)::float8 as planned, sum(b.committed_cents)::float8 as committed, sum(b.spent_cents)::float8 as spent
      from budget_lines b
      where b.organization_id = ${scope.organizationId} and b.action_id in (select id from scoped)
      group by b.action_id
    )
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
    group by ${sets}`);
  return rowsOf<RollupRow>(result);
}

export type ActionListKind = 'late' | 'flagship' | 'all';

const kindWhere: Record<ActionListKind, SQL> = {
  late: sql`a.overdue_since is not null`,
  flagship: sql`a.flagship`,
  all: sql`true`,
};

/**
 * A capped list of the fiches in scope, with what an ActionRef shows and the number of them in
 * all. Late: most overdue first; others: in code order (`nodeOrder`: node ids in code order).
 */
export async function selectActionRefs(db: DbOrTx, scope: ActionScope, list: { kind: ActionListKind; limit: number; nodeOrder: string[] }) {
  const nodePlace = sql`array_position(${sql.param(list.nodeOrder)}::uuid[], a.node_id)`;
  const order = list.kind === 'late' ? sql`a.overdue_since, a.ends_on nulls last, ${nodePlace}, a.position, a.created_at, a.id` : sql`${nodePlace}, a.position, a.created_at, a.id`;
  // Ranks (for codes) are computed on the capped rows only, outside the query that cuts them.
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    listed as (
      select ${actionRefColumns}, a.overdue_since, ${nodePlace} as node_place, count(*) over () as total
      from scoped a
      left join users u on u.id = a.pilot_id
      where ${kindWhere[list.kind]}
      order by ${order}
      limit ${list.limit}
    )
    select l.*, ${rankColumns('l')} from listed l
    order by ${list.kind === 'late' ? sql`l.overdue_since, l.ends_on nulls last, l.node_place, l.position, l.created_at, l.id` : sql`l.node_place, l.position, l.created_at, l.id`}`);
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

/** Milestones not done, due from today to `until`, of the fiches in scope: soonest first, capped. */
export async function selectUpcomingMilestones(db: DbOrTx, scope: ActionScope, window: { until: string; limit: number }) {
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    listed as (
      select m.id, m.title, m.due_on::text as due_on, m.due_on as due, m.position as milestone_position, a.id as action_id, a.title as action_title,
        a.organization_id, a.plan_id, a.node_id, a.parent_action_id, a.position, a.created_at, count(*) over () as total
      from milestones m
      join scoped a on a.id = m.action_id
      where m.organization_id = ${scope.organizationId} and m.done_on is null and m.due_on >= ${scope.today}::date and m.due_on <= ${window.until}::date
      order by m.due_on, a.title, m.position, m.id
      limit ${window.limit}
    )
    select l.id, l.title, l.due_on, l.action_id, l.node_id, l.action_title, l.total, ${rankColumns('l', 'action_id')}
    from listed l
    order by l.due, l.action_title, l.milestone_position, l.id`);
  return rowsOf<MilestoneRefRow>(result).map((row) => ({ ...row, total: Number(row.total) }));
}
