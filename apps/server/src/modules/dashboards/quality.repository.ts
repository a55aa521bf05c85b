import { sql } from 'drizzle-orm';
import type { Periodicity } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { insideSql, type IndicatorReader } from '../indicators/indicator-list.repository.js';
import { freshnessCtes, freshnessJoins, staleSql } from './dashboard-freshness.repository.js';
import { rankColumns, rowsOf, scopedActionsSql, type ActionScope } from './dashboard-scope.repository.js';

export const actionCheckKeys = ['actionWithoutPilot', 'actionWithoutEndDate', 'actionStale'] as const;
export type ActionCheckKey = (typeof actionCheckKeys)[number];

/** The fiches in scope, each with the action checks it fails (`since`: no update since that day is stale). */
const checkedCtes = (scope: ActionScope, since: string) => sql`
  with scoped as materialized (${scopedActionsSql(scope)}),
  ${freshnessCtes(scope.organizationId)},
  checked as materialized (
    select a.id, a.organization_id, a.plan_id, a.node_id, a.parent_action_id, a.position, a.created_at, a.title, a.lead_org_unit_id,
      a.pilot_id is null as "actionWithoutPilot", a.ends_on is null as "actionWithoutEndDate", ${staleSql(since)} as "actionStale"
    from scoped a
    ${freshnessJoins}
  )`;

export interface ActionCheckCounts {
  /** null on the row of the whole scope, and on the row of fiches without a lead unit (then `whole` is false). */
  org_unit_id: string | null;
  whole: boolean;
  name: string | null;
  checked: number;
  actionWithoutPilot: number;
  actionWithoutEndDate: number;
  actionStale: number;
}

/** How many fiches each action check fails, over the whole scope and per lead unit, in one query. */
export async function selectActionCheckCounts(db: DbOrTx, scope: ActionScope, since: string) {
  const result = await db.execute(sql`
    ${checkedCtes(scope, since)},
    counts as (
      select c.lead_org_unit_id, grouping(c.lead_org_unit_id) = 1 as whole, count(*)::int as checked,
        (count(*) filter (where c."actionWithoutPilot"))::int as "actionWithoutPilot",
        (count(*) filter (where c."actionWithoutEndDate"))::int as "actionWithoutEndDate",
        (count(*) filter (where c."actionStale"))::int as "actionStale"
      from checked c
      group by grouping sets ((), (c.lead_org_unit_id))
    )
    select k.lead_org_unit_id as org_unit_id, k.whole, o.name, k.checked, k."actionWithoutPilot", k."actionWithoutEndDate", k."actionStale"
    from counts k
    left join org_units o on o.id = k.lead_org_unit_id and o.organization_id = ${scope.organizationId}`);
  return rowsOf<ActionCheckCounts>(result);
}

export interface ActionCheckItem {
  key: ActionCheckKey;
  id: string;
  node_id: string;
  title: string;
  rank: number;
  parent_rank: number | null;
}

/** The first `limit` fiches failing each action check, in code order (node, then place among its siblings). */
export async function selectActionCheckItems(db: DbOrTx, scope: ActionScope, list: { since: string; limit: number; nodeOrder: string[] }) {
  const place = sql`array_position(${sql.param(list.nodeOrder)}::uuid[], c.node_id), c.position, c.created_at, c.id`;
  const failing = (key: ActionCheckKey) =>
    sql`(select ${key}::text as key, row_number() over (order by ${place}) as ord, c.* from checked c where c.${sql.identifier(key)} order by ${place} limit ${list.limit})`;
  const result = await db.execute(sql`
    ${checkedCtes(scope, list.since)},
    items as (${sql.join(actionCheckKeys.map(failing), sql` union all `)})
    select i.key, i.id, i.node_id, i.title, ${rankColumns('i')}
    from items i
    order by i.key, i.ord`);
  return rowsOf<ActionCheckItem>(result);
}

export interface QualityIndicatorRow {
  id: string;
  code: string;
  name: string;
  has_target: boolean;
  due: boolean;
}

/**
 * The indicators linked to the plan (to one of its nodes or fiches) that the reader may read,
 * in code order: whether they have a target at all, and whether their last completed period
 * (`duePeriods`) still has no measure.
 */
export async function selectPlanIndicatorChecks(
  db: DbOrTx,
  query: { organizationId: string; planId: string; reader: IndicatorReader; duePeriods: Record<Periodicity, string> },
) {
  const { organizationId, planId, reader, duePeriods: due } = query;
  const result = await db.execute(sql`
    select indicators.id, indicators.code, indicators.name,
      exists (select 1 from indicator_targets t where t.indicator_id = indicators.id) as has_target,
      not exists (select 1 from measures m where m.indicator_id = indicators.id and m.period = case indicators.periodicity
        when 'monthly' then ${due.monthly} when 'quarterly' then ${due.quarterly} when 'half-yearly' then ${due['half-yearly']} else ${due.yearly} end) as due
    from indicators
    where indicators.organization_id = ${organizationId}
      and ${reader.admin ? sql`true` : sql`(indicators.visibility <> 'unit' or ${insideSql(reader)})`}
      and (exists (select 1 from indicator_node_links l join plan_nodes n on n.id = l.node_id where l.indicator_id = indicators.id and n.plan_id = ${planId})
        or exists (select 1 from indicator_action_links l join actions a on a.id = l.action_id where l.indicator_id = indicators.id and a.plan_id = ${planId}))
    order by indicators.code`);
  return rowsOf<QualityIndicatorRow>(result);
}
