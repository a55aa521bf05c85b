import { sql } from 'drizzle-orm';
import type { MeasureSource, MeasureState } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
type Scope = { organizationId: string };

export interface LatestMeasureRow {
  indicator_id: string;
  period: string;
  value: number;
  state: MeasureState;
  /** 1: the latest period, then back in time. */
  rank: number;
  target: number | null;
  target_max: number | null;
}

/**
 * The `count` latest visible measures of each indicator (two by default: latest and previous, for
 * the trend; a sparkline asks for more), with the target of their period, in one query.
 * Drafts count only for `draftIndicatorIds` (those whose drafts the reader may see).
 */
export async function selectLatestMeasures(
  db: DbOrTx,
  { organizationId, indicatorIds, draftIndicatorIds, count = 2 }: Scope & { indicatorIds: string[]; draftIndicatorIds: string[]; count?: number },
) {
  if (indicatorIds.length === 0) return [];
  const drafts = new Set(draftIndicatorIds);
  // One backward scan of the (indicator_id, period) index per indicator, not a sort of all their measures.
  const result = await db.execute(sql`
    select i.id as indicator_id, r.period, r.value, r.state, r.rank, t.value as target, t.value_max as target_max
    from unnest(${sql.param(indicatorIds)}::uuid[], ${sql.param(indicatorIds.map((id) => drafts.has(id)))}::boolean[]) as i(id, drafts)
    cross join lateral (
      select m.period, m.value, m.state, row_number() over (order by m.period desc) as rank
      from measures m
      where m.indicator_id = i.id and m.organization_id = ${organizationId}
        and (m.state = 'validated' or i.drafts)
      order by m.period desc
      limit ${count}
    ) r
    left join indicator_targets t on t.organization_id = ${organizationId} and t.indicator_id = i.id and t.period = r.period`);
  return rowsOf<LatestMeasureRow>(result).map((row) => ({
    ...row,
    value: Number(row.value),
    rank: Number(row.rank),
    target: row.target === null ? null : Number(row.target),
    target_max: row.target_max === null ? null : Number(row.target_max),
  }));
}

export interface MeasureReadRow {
  indicator_id: string;
  period: string;
  value: number;
  comment: string;
  state: MeasureState;
  source: MeasureSource;
  entered_by_id: string | null;
  entered_by_name: string | null;
  entered_at: Date | string;
  validated_at: Date | string | null;
  version: number;
}

/** Measures of some indicators (all periods, or the given ones), with who entered them. */
export async function selectMeasures(
  db: DbOrTx,
  { organizationId, indicatorIds, periods, withDrafts }: Scope & { indicatorIds: string[]; periods?: string[]; withDrafts: boolean },
) {
  if (indicatorIds.length === 0) return [];
  const result = await db.execute(sql`
    select m.indicator_id, m.period, m.value, m.comment, m.state, m.source, m.entered_by_id, u.name as entered_by_name,
      m.entered_at, m.validated_at, m.version
    from measures m
    left join users u on u.id = m.entered_by_id
    where m.organization_id = ${organizationId} and m.indicator_id = any(${sql.param(indicatorIds)}::uuid[])
      ${periods ? sql`and m.period = any(${sql.param(periods)}::text[])` : sql``}
      ${withDrafts ? sql`` : sql`and m.state = 'validated'`}
    order by m.indicator_id, m.period`);
  return rowsOf<MeasureReadRow>(result).map((row) => ({ ...row, value: Number(row.value), version: Number(row.version) }));
}

/** Targets of some indicators (all periods, or the given ones). */
export async function selectTargets(db: DbOrTx, { organizationId, indicatorIds, periods }: Scope & { indicatorIds: string[]; periods?: string[] }) {
  if (indicatorIds.length === 0) return [];
  const result = await db.execute(sql`
    select indicator_id, period, value, value_max
    from indicator_targets
    where organization_id = ${organizationId} and indicator_id = any(${sql.param(indicatorIds)}::uuid[])
      ${periods ? sql`and period = any(${sql.param(periods)}::text[])` : sql``}`);
  return rowsOf<{ indicator_id: string; period: string; value: number; value_max: number | null }>(result).map((row) => ({
    ...row,
    value: Number(row.value),
    value_max: row.value_max === null ? null : Number(row.value_max),
  }));
}

export interface RevisionRow {
  period: string;
  value: number;
  comment: string;
  source: MeasureSource;
  entered_by_id: string | null;
  entered_by_name: string | null;
  entered_at: Date | string;
  replaced_at: Date | string;
}

/** Replaced and deleted values of one indicator, newest first. */
export async function selectRevisions(db: DbOrTx, { organizationId, indicatorId, withDrafts }: Scope & { indicatorId: string; withDrafts: boolean }) {
  const result = await db.execute(sql`
    select r.period, r.value, r.comment, r.source, r.entered_by_id, u.name as entered_by_name, r.entered_at, r.replaced_at
    from measure_revisions r
    left join users u on u.id = r.entered_by_id
    where r.organization_id = ${organizationId} and r.indicator_id = ${indicatorId}
      ${withDrafts ? sql`` : sql`and r.state = 'validated'`}
    order by r.replaced_at desc, r.period desc
    limit 500`);
  return rowsOf<RevisionRow>(result).map((row) => ({ ...row, value: Number(row.value) }));
}
