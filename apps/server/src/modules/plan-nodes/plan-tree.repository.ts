import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/**
 * The answer's JSON, written by the database:
 *   rollup  the plan's "progress":…,"actionCount":…,"lateCount":…,"byCategory":{…},"budget":{…}
 *   nodes   every `PlanTreeNode` object, comma-separated, in reading order (1, 1.1, 1.2, 2…)
 */
export interface PlanTreeRow {
  rollup: string;
  nodes: string;
}

/** A node's (or, joined on null, the plan's) roll-up `r` as JSON members; zeros when it has no fiches. */
const ROLLUP_PIECE = sql.raw(`concat(
  '"progress":', case when r.weights > 0 then (floor(r.weighted / r.weights * 10 + 0.5) / 10)::text else 'null' end,
  ',"actionCount":', coalesce(r.action_count, 0), ',"lateCount":', coalesce(r.late_count, 0),
  ',"byCategory":{"not_started":', coalesce(r.not_started, 0), ',"in_progress":', coalesce(r.in_progress, 0),
  ',"done":', coalesce(r.done, 0), ',"stopped":', coalesce(r.stopped, 0), '}',
  ',"budget":{"plannedCents":', coalesce(r.planned_cents, 0)::bigint, ',"committedCents":', coalesce(r.committed_cents, 0)::bigint,
  ',"spentCents":', coalesce(r.spent_cents, 0)::bigint, '}'
)`);

/**
 * The plan's nodes with the roll-up of every subtree and of the plan, in one query — the SQL twin
 * of `rollupTree` (packages/shared/src/rollup.ts). Every fiche counts, whatever its visibility:
 * these are aggregates. Only top-level, unmerged fiches count (a sub-action is part of its parent).
 *   nodes    the plan's nodes, read once (the walk recurses over them, the answer lists them)
 *   walk     each node reachable from a root, with the path of its ancestors (itself included)
 *   acts     the counted fiches: category, progress (done counts 100), lateness
 *   budget   budget sums per node of the fiches attached to it directly
 *   sums     per reachable node, the sums of the fiches attached to it directly
 *   rollups  each node's sums counted in every ancestor on its path, plus the plan (node null)
 *   ranked   each node's rank among its siblings (position, then title, as `nodeCodes` orders them;
 *            positions are renumbered 0..n-1 on every change, so titles only break a corrupt tie)
 *   placed   codes (1.2.3) and rank paths from the roots: ordering by the rank path is reading order
 * Summing per node before walking up keeps the ancestor join small (nodes, not fiches); sums are
 * float8/int from the start: numeric aggregates cost more than the rest of the query. Writing the
 * JSON here, codes and order included, spares the server a row object per node, a sort and a
 * serialisation (the tree is ~300 KB on the reference plan); the server only checks access and
 * puts the plan around it. to_json escapes strings as JSON.stringify does, progress is rounded as
 * `rollupTree` rounds it (Math.round(x) is floor(x + 0.5)), cents print as integers.
 */
export async function selectPlanTree(db: DbOrTx, { organizationId, planId, today }: { organizationId: string; planId: string; today: string }) {
  const result = await db.execute(sql`
    with recursive
    nodes as materialized (
      select n.id, n.parent_id, n.title, n.description, n.position, n.lead_org_unit_id, n.version,
        row_number() over (partition by n.parent_id order by n.position, n.title, n.id)::int as rank
      from plan_nodes n
      where n.organization_id = ${organizationId} and n.plan_id = ${planId}
    ),
    walk as (
      select n.id, array[n.id] as path, array[n.rank] as ranks, n.rank::text as code from nodes n where n.parent_id is null
      union all
      select n.id, w.path || n.id, w.ranks || n.rank, w.code || '.' || n.rank
      from nodes n join walk w on n.parent_id = w.id where not n.id = any(w.path)
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
      select node_id,
        sum(action_count)::int as action_count, sum(late_count)::int as late_count,
        sum(not_started)::int as not_started, sum(in_progress)::int as in_progress, sum(done)::int as done, sum(stopped)::int as stopped,
        sum(weighted)::float8 as weighted, sum(weights)::float8 as weights,
        sum(planned)::float8 as planned_cents, sum(committed)::float8 as committed_cents, sum(spent)::float8 as spent_cents
      from counted
      group by node_id
    ),
    level_names as materialized (
      select coalesce(array(select jsonb_array_elements_text(pl.level_names)), '{}') as names
      from plans pl where pl.organization_id = ${organizationId} and pl.id = ${planId}
    )
    select ${ROLLUP_PIECE} as json, null::int[] as ranks
    from (select 1) plan left join rollups r on r.node_id is null
    union all
    select concat(
        '{"id":"', n.id, '","parentId":', coalesce('"' || n.parent_id || '"', 'null'), ',"code":"', w.code,
        '","title":', to_json(n.title)::text, ',"description":', to_json(n.description)::text,
        ',"depth":', cardinality(w.ranks) - 1,
        ',"levelName":', to_json(coalesce(ln.names[least(cardinality(w.ranks), cardinality(ln.names))], ''))::text,
        ',"position":', n.position, ',"leadOrgUnitId":', coalesce('"' || n.lead_org_unit_id || '"', 'null'), ',"version":', n.version,
        ',', ${ROLLUP_PIECE}, '}'
      ), w.ranks
    from walk w
    join nodes n on n.id = w.id
    cross join level_names ln
    left join rollups r on r.node_id = w.id
    order by ranks nulls first`);
  const rows = (result as unknown as { rows: { json: string }[] }).rows;
  return { rollup: rows[0]!.json, nodes: rows.slice(1).map((row) => row.json).join(',') };
}
