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
 *   walk     each node reachable from a root, with the path of its ancestors (itself included)
 *   closure  (node, ancestor) pairs from those paths: a fiche counts in every ancestor of its node
 *   acts     the counted fiches: category, progress (done counts 100), lateness, budget sums
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
    closure as (
      select w.id as node_id, unnest(w.path) as ancestor_id from walk w
    ),
    budgets as (
      select b.action_id, sum(b.planned_cents) as planned, sum(b.committed_cents) as committed, sum(b.spent_cents) as spent
      from budget_lines b
      join actions a on a.id = b.action_id and a.organization_id = b.organization_id
      where b.organization_id = ${organizationId} and a.plan_id = ${planId}
      group by b.action_id
    ),
    acts as (
      select a.node_id, a.weight, s.category,
        case when s.category = 'done' then 100 else a.progress end as progress,
        s.category not in ('done', 'stopped') and (
          a.ends_on < ${today}::date
          or exists (
            select 1 from milestones m
            where m.organization_id = a.organization_id and m.action_id = a.id and m.done_on is null and m.due_on < ${today}::date
          )
        ) as late,
        coalesce(bu.planned, 0) as planned, coalesce(bu.committed, 0) as committed, coalesce(bu.spent, 0) as spent
      from actions a
      join statuses s on s.id = a.status_id and s.organization_id = a.organization_id
      left join budgets bu on bu.action_id = a.id
      where a.organization_id = ${organizationId} and a.plan_id = ${planId}
        and a.parent_action_id is null and a.merged_into_id is null
        and a.node_id in (select id from walk)
    ),
    counted as (
      select c.ancestor_id as node_id, a.weight, a.category, a.progress, a.late, a.planned, a.committed, a.spent
      from closure c join acts a on a.node_id = c.node_id
      union all
      select null, a.weight, a.category, a.progress, a.late, a.planned, a.committed, a.spent from acts a
    )
    select node_id,
      count(*)::int as action_count,
      count(*) filter (where late)::int as late_count,
      count(*) filter (where category = 'not_started')::int as not_started,
      count(*) filter (where category = 'in_progress')::int as in_progress,
      count(*) filter (where category = 'done')::int as done,
      count(*) filter (where category = 'stopped')::int as stopped,
      sum(weight * progress) filter (where category <> 'stopped') as weighted,
      sum(weight) filter (where category <> 'stopped') as weights,
      sum(planned)::float8 as planned_cents, sum(committed)::float8 as committed_cents, sum(spent)::float8 as spent_cents
    from counted
    group by node_id`);
  return (result as unknown as { rows: RollupRow[] }).rows;
}
