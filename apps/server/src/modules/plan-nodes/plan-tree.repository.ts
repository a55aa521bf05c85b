import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/** One row per node (node_id set) and one for the whole plan (node_id null): sums the service turns into roll-ups. */
export interface RollupRow {
  node_id: string | null;
  action_count: number | string;
  late_count: number | string;
  not_started: number | string;
  in_progress: number | string;
  done: number | string;
  stopped: number | string;
  weighted: number | string | null;
  weights: number | string | null;
  planned_cents: number | string | bigint;
  committed_cents: number | string | bigint;
  spent_cents: number | string | bigint;
}

/**
 * Roll-ups of every node of a plan and of the plan itself, in one query — the SQL twin of
 * `rollupTree` (packages/shared/src/rollup.ts). Every fiche counts, whatever its visibility: these
 * are aggregates. Only top-level, unmerged fiches count (a sub-action is part of its parent).
 *   walk      each node reachable from a root, with the path of its ancestors (itself included)
 *   acts      the counted fiches of the plan: category, progress (done counts 100), lateness
 *   budgets   budget sums of those fiches
 *   own       sums per node of the fiches attached to it directly (one row per node with fiches)
 *   closure   (node, ancestor) pairs from the paths: a node's sums count in every ancestor
 * Summing per node before walking up keeps the ancestor join small (nodes, not fiches).
 */
export async function selectPlanRollups(db: DbOrTx, { organizationId, planId, today }: { organizationId: string; planId: string; today: string }) {
  const result = await db.execute(sql`
    with recursive
    walk as (
      select n.id, array[n.id] as path
      from plan_nodes n
      where n.organization_id = ${organizationId} and n.plan_id = ${planId} and n.parent_id is null
      union all
      select n.id, w.path || n.id
      from plan_nodes n
      join walk w on n.parent_id = w.id
      where n.organization_id = ${organizationId} and n.plan_id = ${planId} and not n.id = any(w.path)
    ),
    acts as (
      select a.id, a.node_id, a.weight, s.category,
        case when s.category = 'done' then 100 else a.progress end as progress,
        s.category not in ('done', 'stopped') and (
          a.ends_on < ${today}::date
          or exists (
            select 1 from milestones m
            where m.organization_id = a.organization_id and m.action_id = a.id and m.done_on is null and m.due_on < ${today}::date
          )
        ) as late
      from actions a
      join statuses s on s.id = a.status_id and s.organization_id = a.organization_id
      where a.organization_id = ${organizationId} and a.plan_id = ${planId}
        and a.parent_action_id is null and a.merged_into_id is null
    ),
    budgets as (
      select b.action_id, sum(b.planned_cents) as planned, sum(b.committed_cents) as committed, sum(b.spent_cents) as spent
      from budget_lines b
      join acts a on a.id = b.action_id
      where b.organization_id = ${organizationId}
      group by b.action_id
    ),
    own as (
      select a.node_id,
        count(*) as action_count,
        count(*) filter (where a.late) as late_count,
        count(*) filter (where a.category = 'not_started') as not_started,
        count(*) filter (where a.category = 'in_progress') as in_progress,
        count(*) filter (where a.category = 'done') as done,
        count(*) filter (where a.category = 'stopped') as stopped,
        sum(a.weight * a.progress) filter (where a.category <> 'stopped') as weighted,
        sum(a.weight) filter (where a.category <> 'stopped') as weights,
        sum(coalesce(b.planned, 0)) as planned, sum(coalesce(b.committed, 0)) as committed, sum(coalesce(b.spent, 0)) as spent
      from acts a
      left join budgets b on b.action_id = a.id
      where a.node_id in (select id from walk)
      group by a.node_id
    ),
    closure as (
      select w.id as node_id, unnest(w.path) as ancestor_id from walk w where w.id in (select node_id from own)
    ),
    counted as (
      select c.ancestor_id as node_id, o.action_count, o.late_count, o.not_started, o.in_progress, o.done, o.stopped, o.weighted, o.weights, o.planned, o.committed, o.spent from closure c join own o on o.node_id = c.node_id
      union all
      select null, o.action_count, o.late_count, o.not_started, o.in_progress, o.done, o.stopped, o.weighted, o.weights, o.planned, o.committed, o.spent from own o
    )
    select node_id,
      sum(action_count)::int as action_count,
      sum(late_count)::int as late_count,
      sum(not_started)::int as not_started,
      sum(in_progress)::int as in_progress,
      sum(done)::int as done,
      sum(stopped)::int as stopped,
      sum(weighted) as weighted,
      sum(weights) as weights,
      sum(planned)::float8 as planned_cents, sum(committed)::float8 as committed_cents, sum(spent)::float8 as spent_cents
    from counted
    group by node_id`);
  return (result as unknown as { rows: RollupRow[] }).rows;
}
