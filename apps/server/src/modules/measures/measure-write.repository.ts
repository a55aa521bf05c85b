import { sql } from 'drizzle-orm';
import type { IndicatorDirection, MeasureSource, MeasureState, Periodicity } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** What checking an incoming measure needs to know about its indicator. */
export interface IndicatorForMeasures {
  id: string;
  code: string;
  periodicity: Periodicity;
  direction: IndicatorDirection;
  formula: string | null;
  owner_org_unit_id: string | null;
  requires_validation: boolean;
}

export async function selectIndicatorsForMeasures(db: DbOrTx, { organizationId, ids, codes }: { organizationId: string; ids: string[]; codes: string[] }) {
  const result = await db.execute(sql`
    select id, code, periodicity, direction, formula, owner_org_unit_id, requires_validation
    from indicators
    where organization_id = ${organizationId}
      and (id = any(${sql.param(ids)}::uuid[]) or code = any(${sql.param(codes)}::text[]))`);
  return rowsOf<IndicatorForMeasures>(result);
}

/** The given org units and every unit below them. */
export async function selectUnitSubtree(db: DbOrTx, { organizationId, rootIds }: { organizationId: string; rootIds: string[] }) {
  const result = await db.execute(sql`
    with recursive tree as (
      select id from org_units where organization_id = ${organizationId} and id = any(${sql.param(rootIds)}::uuid[])
      union
      select u.id from org_units u join tree t on u.parent_id = t.id where u.organization_id = ${organizationId}
    )
    select id from tree`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/** One measure to upsert; `comment: null` keeps the comment already there. */
export interface MeasureUpsertRow {
  idx: number;
  indicator_id: string;
  period: string;
  value: number;
  comment: string | null;
  state: MeasureState;
}

export interface MeasureWriteMeta {
  organizationId: string;
  source: MeasureSource;
  userId: string | null;
  tokenId: string | null;
  connectorId: string | null;
  now: Date;
  validate: boolean;
}

/**
 * Upserts a batch in one statement. A period whose value or comment changes keeps its old value
 * in measure_revisions; the same value again changes nothing (idempotent pushes); validating a
 * draft only flips its state. Answers, per input index, 'created' or 'updated' (absent: unchanged).
 */
export async function upsertMeasures(db: DbOrTx, rows: MeasureUpsertRow[], meta: MeasureWriteMeta) {
  if (rows.length === 0) return new Map<number, 'created' | 'updated'>();
  const validatedBy = meta.validate ? meta.userId : null;
  const validatedAt = meta.validate ? meta.now : null;
  const result = await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as i(idx int, indicator_id uuid, period text, value float8, comment text, state text)
    ),
    prepared as (
      select i.idx, i.indicator_id, i.period, i.value, i.state, coalesce(i.comment, m.comment, '') as comment,
        m.value as old_value, m.comment as old_comment, m.state as old_state, m.source as old_source, m.entered_by_id as old_by, m.entered_at as old_at
      from input i left join measures m
        on m.organization_id = ${meta.organizationId} and m.indicator_id = i.indicator_id and m.period = i.period
    ),
    revised as (
      insert into measure_revisions (id, organization_id, indicator_id, period, value, comment, state, source, entered_by_id, entered_at, replaced_at, replaced_by_id)
      select gen_random_uuid(), ${meta.organizationId}, p.indicator_id, p.period, p.old_value, p.old_comment, p.old_state, p.old_source, p.old_by, p.old_at, ${meta.now}, ${meta.userId}::uuid
      from prepared p
      where p.old_value is not null and (p.old_value is distinct from p.value or p.old_comment is distinct from p.comment)
      returning 1
    ),
    written as (
      insert into measures as m (id, organization_id, indicator_id, period, value, comment, state, source, entered_by_id, entered_by_token_id, entered_by_connector_id, entered_at, validated_by_id, validated_at)
      select gen_random_uuid(), ${meta.organizationId}, p.indicator_id, p.period, p.value, p.comment, p.state, ${meta.source},
        ${meta.userId}::uuid, ${meta.tokenId}::uuid, ${meta.connectorId}::uuid, ${meta.now}, ${validatedBy}::uuid, ${validatedAt}::timestamptz
      from prepared p
      on conflict (indicator_id, period) do update set
        -- A new value or comment takes the writer's state; the same one again only ever validates.
        state = case
          when m.value is distinct from excluded.value or m.comment is distinct from excluded.comment then excluded.state
          when excluded.state = 'validated' then 'validated'
          else m.state end,
        value = excluded.value,
        comment = excluded.comment,
        source = excluded.source,
        entered_by_id = excluded.entered_by_id,
        entered_by_token_id = excluded.entered_by_token_id,
        entered_by_connector_id = excluded.entered_by_connector_id,
        entered_at = excluded.entered_at,
        validated_by_id = case when excluded.state = 'validated' then coalesce(excluded.validated_by_id, m.validated_by_id) end,
        validated_at = case when excluded.state = 'validated' then coalesce(excluded.validated_at, m.validated_at) end,
        version = m.version + 1
      where m.value is distinct from excluded.value
        or m.comment is distinct from excluded.comment
        or (excluded.state = 'validated' and m.state = 'draft')
      returning m.indicator_id, m.period, (xmax = 0) as inserted
    )
    select i.idx, w.inserted
    from input i join written w on w.indicator_id = i.indicator_id and w.period = i.period`);
  return new Map(rowsOf<{ idx: number; inserted: boolean }>(result).map((row) => [Number(row.idx), row.inserted ? 'created' : 'updated'] as const));
}

/** Deletes periods, keeping the removed values in measure_revisions. Answers the indices deleted. */
export async function deleteMeasures(db: DbOrTx, rows: { idx: number; indicator_id: string; period: string }[], meta: Pick<MeasureWriteMeta, 'organizationId' | 'userId' | 'now'>) {
  if (rows.length === 0) return new Set<number>();
  const result = await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as i(idx int, indicator_id uuid, period text)
    ),
    removed as (
      delete from measures m using input i
      where m.organization_id = ${meta.organizationId} and m.indicator_id = i.indicator_id and m.period = i.period
      returning m.*
    ),
    revised as (
      insert into measure_revisions (id, organization_id, indicator_id, period, value, comment, state, source, entered_by_id, entered_at, replaced_at, replaced_by_id)
      select gen_random_uuid(), r.organization_id, r.indicator_id, r.period, r.value, r.comment, r.state, r.source, r.entered_by_id, r.entered_at, ${meta.now}, ${meta.userId}::uuid
      from removed r
      returning 1
    )
    select i.idx from input i join removed r on r.indicator_id = i.indicator_id and r.period = i.period`);
  return new Set(rowsOf<{ idx: number }>(result).map((row) => Number(row.idx)));
}

/** Calculated indicators that read, directly or not, one of the given indicators. */
export async function selectDependentFormulas(db: DbOrTx, { organizationId, inputIds }: { organizationId: string; inputIds: string[] }) {
  if (inputIds.length === 0) return [];
  const result = await db.execute(sql`
    with recursive deps as (
      select indicator_id from indicator_inputs where organization_id = ${organizationId} and input_id = any(${sql.param(inputIds)}::uuid[])
      union
      select ii.indicator_id from indicator_inputs ii join deps d on ii.input_id = d.indicator_id where ii.organization_id = ${organizationId}
    )
    select i.id, i.code, i.periodicity, i.formula
    from indicators i join deps d on d.indicator_id = i.id
    where i.organization_id = ${organizationId} and i.formula is not null`);
  return rowsOf<{ id: string; code: string; periodicity: Periodicity; formula: string }>(result);
}

/** The measures of a formula's inputs, by input code: for the given periods, or all when `periods` is null. */
export async function selectInputMeasures(
  db: DbOrTx,
  { organizationId, calculatedId, periods }: { organizationId: string; calculatedId: string; periods: string[] | null },
) {
  const result = await db.execute(sql`
    select i.code, m.period, m.value, m.state
    from indicator_inputs ii
    join indicators i on i.id = ii.input_id and i.organization_id = ${organizationId}
    join measures m on m.indicator_id = ii.input_id and m.organization_id = ${organizationId}
    where ii.organization_id = ${organizationId} and ii.indicator_id = ${calculatedId}
      ${periods === null ? sql`` : sql`and m.period = any(${sql.param(periods)}::text[])`}`);
  return rowsOf<{ code: string; period: string; value: number; state: MeasureState }>(result);
}

/** The periods a calculated indicator currently has a measure for. */
export async function selectMeasuredPeriods(db: DbOrTx, { organizationId, indicatorId }: { organizationId: string; indicatorId: string }) {
  const result = await db.execute(sql`select period from measures where organization_id = ${organizationId} and indicator_id = ${indicatorId}`);
  return rowsOf<{ period: string }>(result).map((row) => row.period);
}
