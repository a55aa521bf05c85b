import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/**
 * The tree as JSON text: `nodes` is the content of the answer's nodes array (PlanTreeNode objects
 * in reading order 1, 1.1, 1.2, 2…, empty string for a plan without nodes), `rollup` the plan's
 * roll-up object.
 */
export interface PlanTreeJson {
  nodes: string;
  rollup: string;
}

/**
 * The plan's nodes with the roll-up of every subtree and of the plan, in one query — the SQL twin
 * of `rollupTree` (packages/shared/src/rollup.ts). Every fiche counts, whatever its visibility:
 * these are aggregates. Only top-level, unmerged fiches count (a sub-action is part of its parent).
 *   nodes    the plan's nodes, read once, with their rank among siblings (position, then title)
 *   walk     each node reachable from a root, with the path of its ancestors (itself included)
 *            and the ranks along it: its code (1.2.3), and the reading order when compared
 *   acts     the counted fiches: category, progress (done counts 100), lateness
 *   budget   budget sums per node of the fiches attached to it directly
 *   sums     per reachable node, the sums of the fiches attached to it directly
 *   rollups  each node's sums counted in every ancestor on its path, plus the plan (node null)
 * Summing per node before walking up keeps the ancestor join small (nodes, not fiches); sums are
 * float8/int from the start: numeric aggregates cost more than the rest of the query. Writing the
 * JSON here spares the server a row per node and its serialisation (the tree is ~300 KB on the
 * reference plan): to_json escapes strings as JSON.stringify does, progress is rounded as
 * `rollupTree` rounds it (Math.round(x) is floor(x + 0.5)), cents print as integers, keys come in
 * the order of `PlanTreeNode`. Codes follow `nodeCodes` (shared), except that two siblings with the
 * same position (the service never leaves any) are ordered by the database's collation, not
 * French. A node no root leads to (only a corrupt cycle) has the code '' and comes first.
 */
const EMPTY_ROLLUP = sql.raw(
  `'"progress":null,"actionCount":0,"lateCount":0,"byCategory":{"not_started":0,"in_progress":0,"done":0,"stopped":0},"budget":{"plannedCents":0,"committedCents":0,"spentCents":0}'`,
);

export async function selectPlanTree(db: DbOrTx, { organizationId, planId, today }: { organizationId: string; planId: string; today: string }): Promise<PlanTreeJson> {
  const result = await db.execute(sql`
    with recursive
    nodes as materialized (
      select n.id, n.parent_id, n.title, n.description, n.position, n.lead_org_unit_id, n.version,
        row_number() over (partition by n.parent_id order by n.position, n.title)::int as sibling_rank
      from plan_nodes n
      where n.organization_id = ${organizationId} and n.plan_id = ${planId}
    ),
    walk as (
      select n.id, array[n.id] as path, array[n.sibling_rank] as ranks from nodes n where n.parent_id is null
      union all
      select n.id, w.path || n.id, w.ranks || n.sibling_rank from nodes n join walk w on n.parent_id = w.id where not n.id = any(w.path)
    ),
    acts as materialized (
      select a.id, a.node_id, a.weight, s.category,
        case when s.category = 'done' then 100 else a.progress end as progress,
        s.category not in ('done', 'stopped') and (
          a.ends_on < ${today}::date
          or a.id in (
            select m.action_id from milestones m
            where m.organization_id = ${organizationId} and m.done_on is null and m.due_on < ${today}::date
          )
        ) as late
      from actions a
      join statuses s on s.id = a.status_id and s.organization_id = a.organization_id
      where a.organization_id = ${organizationId} and a.plan_id = ${planId}
        and a.parent_action_id is null and a.merged_into_id is null
    ),
    budget as (
      select a.node_id,
        sum(b.planned_cents)::float8 as planned, sum(b.committed_cents)::float8 as committed, sum(b.spent_cents)::float8 as spent
      from budget_lines b
      join acts a on a.id = b.action_id
      where b.organization_id = ${organizationId}
      group by a.node_id
    ),
    own as (
      select a.node_id,
        count(*)::int as action_count,
        (count(*) filter (where a.late))::int as late_count,
        (count(*) filter (where a.category = 'not_started'))::int as not_started,
        (count(*) filter (where a.category = 'in_progress'))::int as in_progress,
        (count(*) filter (where a.category = 'done'))::int as done,
        (count(*) filter (where a.category = 'stopped'))::int as stopped,
        sum(a.weight * a.progress) filter (where a.category <> 'stopped') as weighted,
        sum(a.weight) filter (where a.category <> 'stopped') as weights
      from acts a
      group by a.node_id
    ),
    sums as materialized (
      select o.*, coalesce(b.planned, 0) as planned, coalesce(b.committed, 0) as committed, coalesce(b.spent, 0) as spent
      from own o
      join walk w on w.id = o.node_id
      left join budget b on b.node_id = o.node_id
    ),
    counted as (
      select unnest(w.path) as node_id, s.action_count, s.late_count, s.not_started, s.in_progress, s.done, s.stopped, s.weighted, s.weights, s.planned, s.committed, s.spent
      from walk w join sums s on s.node_id = w.id
      union all
      select null, s.action_count, s.late_count, s.not_started, s.in_progress, s.done, s.stopped, s.weighted, s.weights, s.planned, s.committed, s.spent
      from sums s
    ),
    rollups as (
      select node_id, concat(
        '"progress":', case when sum(weights) > 0 then (floor(sum(weighted) / sum(weights) * 10 + 0.5) / 10)::text else 'null' end,
        ',"actionCount":', sum(action_count), ',"lateCount":', sum(late_count),
        ',"byCategory":{"not_started":', sum(not_started), ',"in_progress":', sum(in_progress), ',"done":', sum(done), ',"stopped":', sum(stopped), '}',
        ',"budget":{"plannedCents":', sum(planned)::bigint, ',"committedCents":', sum(committed)::bigint, ',"spentCents":', sum(spent)::bigint, '}'
      ) as json
      from counted
      group by node_id
    ),
    plan as (
      select p.level_names as names, jsonb_array_length(p.level_names) - 1 as last
      from plans p
      where p.organization_id = ${organizationId} and p.id = ${planId}
    ),
    listed as (
      select w.ranks, n.position, n.title, concat(
        '{"id":"', n.id, '","parentId":', coalesce('"' || n.parent_id || '"', 'null'),
        ',"code":"', array_to_string(w.ranks, '.'), '","title":', to_json(n.title), ',"description":', to_json(n.description),
        ',"depth":', coalesce(cardinality(w.ranks) - 1, 0),
        ',"levelName":', case when p.last >= 0 then to_json(p.names ->> least(coalesce(cardinality(w.ranks) - 1, 0), p.last)) else '""' end,
        ',"position":', n.position, ',"leadOrgUnitId":', coalesce('"' || n.lead_org_unit_id || '"', 'null'), ',"version":', n.version, ',',
        coalesce(r.json, ${EMPTY_ROLLUP}), '}'
      ) as json
      from nodes n
      cross join plan p
      left join walk w on w.id = n.id
      left join rollups r on r.node_id = n.id
    )
    select
      (select coalesce(string_agg(json, ',' order by ranks nulls first, position, title), '') from listed) as nodes,
      coalesce((select json from rollups where node_id is null), ${EMPTY_ROLLUP}) as rollup`);
  const [row] = (result as unknown as { rows: PlanTreeJson[] }).rows;
  return row!;
}
