import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { rowsOf } from '../dashboards/dashboard-scope.repository.js';

export type CampaignScope = { planId: string; nodeId: string | null } | { orgUnitId: string };
export interface ScopeItem {
  userId: string;
  actionId: string | null;
  indicatorId: string | null;
}

/**
 * The fiches of a scope, as SQL: a plan's, a node's and everything below it, or those led by an
 * org unit or a unit under it (in active plans). Closed fiches (done, stopped, merged) are left
 * out: nobody is asked to update them.
 */
function scopeActionsSql(organizationId: string, scope: CampaignScope): SQL {
  const open = sql`a.merged_into_id is null and s.category not in ('done', 'stopped')`;
  if ('orgUnitId' in scope) {
    return sql`
      with recursive ${scopeUnitsSql(organizationId, scope.orgUnitId)}
      select a.id, a.pilot_id from actions a
      join statuses s on s.id = a.status_id
      join plans p on p.id = a.plan_id and p.state = 'active'
      where a.organization_id = ${organizationId} and a.lead_org_unit_id in (select id from units) and ${open}`;
  }
  const nodes = scopeNodesSql(organizationId, scope);
  return sql`
    with recursive ${nodes}
    select a.id, a.pilot_id from actions a
    join statuses s on s.id = a.status_id
    where a.organization_id = ${organizationId} and a.plan_id = ${scope.planId} and a.node_id in (select id from nodes) and ${open}`;
}

/** `nodes(id)`: every node of the plan, or the given node and those below it. */
function scopeNodesSql(organizationId: string, scope: { planId: string; nodeId: string | null }): SQL {
  if (!scope.nodeId) return sql`nodes(id) as (select id from plan_nodes where organization_id = ${organizationId} and plan_id = ${scope.planId})`;
  return sql`nodes(id) as (
    select id from plan_nodes where organization_id = ${organizationId} and plan_id = ${scope.planId} and id = ${scope.nodeId}
    union select n.id from plan_nodes n join nodes on n.parent_id = nodes.id where n.organization_id = ${organizationId}
  )`;
}

/** `units(id)`: the org unit and every unit below it. */
function scopeUnitsSql(organizationId: string, orgUnitId: string): SQL {
  return sql`units(id) as (
    select id from org_units where organization_id = ${organizationId} and id = ${orgUnitId}
    union select u.id from org_units u join units on u.parent_id = units.id where u.organization_id = ${organizationId}
  )`;
}

/** Who is asked what: each fiche of the scope to its pilot (active members only). */
export async function selectScopeActionItems(db: DbOrTx, organizationId: string, scope: CampaignScope): Promise<ScopeItem[]> {
  const result = await db.execute(sql`
    select scoped.pilot_id as "userId", scoped.id as "actionId", null as "indicatorId"
    from (${scopeActionsSql(organizationId, scope)}) scoped
    join memberships m on m.user_id = scoped.pilot_id and m.organization_id = ${organizationId} and m.active
    order by scoped.id`);
  return rowsOf<ScopeItem>(result);
}

/**
 * The indicators linked to the scope — to one of its fiches, to one of its nodes, or owned by the
 * org unit (or a unit below it) — each to every one of its pilots.
 */
export async function selectScopeIndicatorItems(db: DbOrTx, organizationId: string, scope: CampaignScope): Promise<ScopeItem[]> {
  const linked =
    'orgUnitId' in scope
      ? sql`
        with recursive ${scopeUnitsSql(organizationId, scope.orgUnitId)}
        select id as indicator_id from indicators where organization_id = ${organizationId} and owner_org_unit_id in (select id from units)`
      : sql`
        with recursive ${scopeNodesSql(organizationId, scope)}
        select indicator_id from indicator_node_links where organization_id = ${organizationId} and node_id in (select id from nodes)`;
  const result = await db.execute(sql`
    with ids as (
      ${linked}
      union
      select l.indicator_id from indicator_action_links l
      where l.organization_id = ${organizationId} and l.action_id in (select scoped.id from (${scopeActionsSql(organizationId, scope)}) scoped)
    )
    select ip.user_id as "userId", null as "actionId", ip.indicator_id as "indicatorId"
    from indicator_pilots ip
    join indicators i on i.id = ip.indicator_id and i.formula is null
    join memberships m on m.user_id = ip.user_id and m.organization_id = ${organizationId} and m.active
    where ip.organization_id = ${organizationId} and ip.indicator_id in (select indicator_id from ids)
    order by ip.indicator_id, ip.user_id`);
  return rowsOf<ScopeItem>(result);
}
