import { sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters } from '@pilotis/shared';

/**
 * The fiches a dashboard counts, as one SQL select every dashboard query starts from
 * (`with scoped as (…)`), so that a fiche the actor may not read counts in no total and shows in
 * no list, whatever the query. Shared with the strategy map (modules/plan-nodes may reuse it).
 */
export interface ActionScope {
  organizationId: string;
  planIds: string[];
  /**
   * null: the actor reads every fiche of these plans (admin). Otherwise `action.read` in SQL
   * (readableBy of action-list.repository.ts): every fiche of the plans in `fullPlanIds` (those
   * the actor manages), elsewhere what is not `unit`, what they pilot, what is in their units.
   */
  reader: { userId: string; unitIds: string[]; fullPlanIds: string[] } | null;
  filters: DashboardFilters;
  /** Today in France: lateness changes at midnight there. */
  today: string;
  /** Only fiches attached to these nodes (a focused subtree). */
  nodeIds?: string[];
  /** Only fiches whose lead unit or an associated unit is one of these (a directorate and below). */
  unitIds?: string[];
  /** Only fiches this user pilots or co-pilots. */
  mineOf?: string;
  /** Sub-actions too; by default only top-level fiches count, as in roll-ups (a sub-action is part of its parent). */
  withSubActions?: boolean;
  /** Only fiches whose status is in these categories. */
  categories?: string[];
}

const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;
const copilotIs = (userId: string) => sql`exists (select 1 from action_copilots c where c.action_id = a.id and c.user_id = ${userId})`;
const inUnits = (unitIds: string[]) =>
  sql`(a.lead_org_unit_id = any(${uuids(unitIds)}) or exists (select 1 from action_units u where u.action_id = a.id and u.org_unit_id = any(${uuids(unitIds)})))`;

function readerSql(reader: ActionScope['reader']): SQL {
  if (!reader) return sql`true`;
  return sql`(a.plan_id = any(${uuids(reader.fullPlanIds)}) or a.visibility <> 'unit' or a.pilot_id = ${reader.userId}
    or ${copilotIs(reader.userId)} or ${inUnits(reader.unitIds)})`;
}

/** The filters every dashboard takes (same meaning as the action list's: the drill-down lists the same fiches). */
function filtersSql(f: DashboardFilters): SQL[] {
  const where: SQL[] = [];
  if (f.orgUnitId) where.push(inUnits([f.orgUnitId]));
  if (f.pilotId) where.push(sql`a.pilot_id = ${f.pilotId}`);
  if (f.statusId) where.push(sql`a.status_id = ${f.statusId}`);
  if (f.flagship) where.push(sql`a.flagship = ${f.flagship === 'true'}`);
  if (f.tag) where.push(sql`a.tags @> ${JSON.stringify([f.tag])}::jsonb`);
  return where;
}

/**
 * One row per fiche in scope: what lists show and roll-ups sum. `overdue_since` is the earliest
 * passed date that makes it late (end date or a milestone not done), null when it is not late
 * (isLate of packages/shared/rollup.ts); `counted_progress` is 100 for a done fiche.
 * The fiche columns read here are all in actions_plan_rollup_idx (drizzle/0005), so that the scope
 * of top-level fiches is read from the index alone: a column added here belongs there too.
 */
export function scopedActionsSql(scope: ActionScope): SQL {
  const { organizationId, today } = scope;
  const where: SQL[] = [
    sql`a.organization_id = ${organizationId}`,
    sql`a.plan_id = any(${uuids(scope.planIds)})`,
    sql`a.merged_into_id is null`,
    readerSql(scope.reader),
    ...filtersSql(scope.filters),
  ];
  if (!scope.withSubActions) where.push(sql`a.parent_action_id is null`);
  if (scope.nodeIds) where.push(sql`a.node_id = any(${uuids(scope.nodeIds)})`);
  if (scope.unitIds) where.push(inUnits(scope.unitIds));
  if (scope.mineOf) where.push(sql`(a.pilot_id = ${scope.mineOf} or ${copilotIs(scope.mineOf)})`);
  if (scope.categories) where.push(sql`s.category = any(${sql.param(scope.categories)}::text[])`);
  return sql`
    select a.id, a.organization_id, a.plan_id, a.node_id, a.parent_action_id, a.position, a.created_at, a.title, a.pilot_id, a.lead_org_unit_id,
      a.weight, a.weather, a.flagship, a.progress, a.ends_on, a.status_id, s.label as status_label, s.category,
      case when s.category = 'done' then 100 else a.progress end as counted_progress,
      case when s.category in ('done', 'stopped') then null
        else nullif(least(case when a.ends_on < ${today}::date then a.ends_on end, coalesce(lm.first_due, 'infinity'::date)), 'infinity'::date) end as overdue_since
    from actions a
    join statuses s on s.id = a.status_id and s.organization_id = a.organization_id
    left join (
      select m.action_id, min(m.due_on) as first_due from milestones m
      where m.organization_id = ${organizationId} and m.done_on is null and m.due_on < ${today}::date
      group by m.action_id
    ) lm on lm.action_id = a.id
    where ${sql.join(where, sql` and `)}`;
}

/**
 * Code parts of the fiches of `alias` (a row with the fiche's id in `idColumn`, node_id, parent_action_id, position,
 * created_at): rank among its siblings and its parent's rank, as action-code.ts numbers them (by
 * position, creation, id). Evaluated per row: use it on a capped list only.
 */
export function rankColumns(alias: string, idColumn = 'id'): SQL {
  const a = sql.raw(alias);
  const id = sql.raw(`${alias}.${idColumn}`);
  const before = (x: SQL, y: SQL, yId: SQL) => sql`(${x}.position, ${x}.created_at, ${x}.id) < (${y}.position, ${y}.created_at, ${yId})`;
  return sql`
    1 + (select count(*) from actions b where b.organization_id = ${a}.organization_id
      and ((${a}.parent_action_id is null and b.parent_action_id is null and b.plan_id = ${a}.plan_id and b.node_id = ${a}.node_id) or b.parent_action_id = ${a}.parent_action_id)
      and ${before(sql`b`, a, id)})::int as rank,
    (select 1 + (select count(*) from actions b where b.organization_id = p.organization_id and b.parent_action_id is null
        and b.plan_id = p.plan_id and b.node_id = p.node_id and ${before(sql`b`, sql`p`, sql`p.id`)})::int
      from actions p where p.id = ${a}.parent_action_id) as parent_rank`;
}

/** Columns of an ActionRef row but the pilot's name, from `scoped` rows named `a`. */
export const actionColumns = sql`a.id, a.plan_id, a.node_id, a.parent_action_id, a.position, a.created_at, a.organization_id,
  a.title, a.pilot_id, a.status_id, a.status_label, a.category, a.weather, a.progress,
  a.ends_on::text as ends_on, a.overdue_since is not null as late, a.flagship`;

/** Columns of an ActionRef row, from `scoped` rows named `a` joined to their pilot `u`. */
export const actionRefColumns = sql`${actionColumns}, u.name as pilot_name`;

export interface ActionRefRow {
  id: string;
  plan_id: string;
  node_id: string;
  parent_action_id: string | null;
  title: string;
  pilot_id: string | null;
  pilot_name: string | null;
  status_id: string;
  status_label: string;
  category: string;
  weather: string | null;
  progress: number;
  ends_on: string | null;
  late: boolean;
  flagship: boolean;
  rank: number;
  parent_rank: number | null;
  total: number;
}

export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
