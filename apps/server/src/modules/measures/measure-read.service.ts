import { previousPeriod, type Measure, type MeasureRevision } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import { loadIndicatorForActor } from '../indicators/indicator.access.js';
import { judge, type Judged } from './measure-point.js';
import { selectMeasures, selectRevisions, selectTargets, type MeasureReadRow, type RevisionRow } from './measure-read.repository.js';

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());
type TargetRow = { value: number; value_max: number | null };

/** One period of an indicator as the table, the chart and the grid show it. */
export function presentMeasure(indicator: Judged, period: string, row: MeasureReadRow | undefined, target: TargetRow | undefined, previous: { period: string; value: number } | null, fallbackValue: number | null = null): Measure {
  const value = row?.value ?? fallbackValue;
  const t = target ? { value: target.value, valueMax: target.value_max } : null;
  return {
    period,
    value,
    comment: row?.comment ?? '',
    state: row?.state ?? null,
    source: row?.source ?? null,
    enteredBy: row?.entered_by_id ? { id: row.entered_by_id, name: row.entered_by_name ?? '' } : null,
    enteredAt: iso(row?.entered_at ?? null),
    validatedAt: iso(row?.validated_at ?? null),
    target: t?.value ?? null,
    targetMax: t?.valueMax ?? null,
    ...judge(indicator, value, t, previous, period),
    version: row?.version ?? null,
  };
}

/** Measures of several periods of one indicator, each judged against its target and the period before. */
export function presentPeriods(indicator: Judged, periods: string[], rows: MeasureReadRow[], targets: (TargetRow & { period: string })[], baseline?: { period: string | null; value: number | null }) {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const targetOf = new Map(targets.map((target) => [target.period, target]));
  return periods.map((period) => {
    const before = previousPeriod(period, indicator.periodicity);
    const previousRow = before ? byPeriod.get(before) : undefined;
    const previous = previousRow ? { period: previousRow.period, value: previousRow.value } : null;
    const fallback = baseline && baseline.period === period ? baseline.value : null;
    return presentMeasure(indicator, period, byPeriod.get(period), targetOf.get(period), previous, fallback);
  });
}

export const presentRevision = (row: RevisionRow): MeasureRevision => ({
  period: row.period,
  value: row.value,
  comment: row.comment,
  source: row.source,
  enteredBy: row.entered_by_id ? { id: row.entered_by_id, name: row.entered_by_name ?? '' } : null,
  enteredAt: iso(row.entered_at)!,
  replacedAt: iso(row.replaced_at)!,
});

/**
 * Every period that has a measure or a target, plus the baseline period (whose value is the
 * baseline when nothing was entered for it), in order; and the replaced values, newest first.
 * Those outside the indicator see validated measures only.
 */
export async function readIndicatorMeasures(ctx: AppContext, actor: MemberActor, id: string): Promise<{ measures: Measure[]; revisions: MeasureRevision[] }> {
  const { indicator, resource } = await loadIndicatorForActor(ctx.db, actor, id);
  const withDrafts = can(actor, 'indicator.readDrafts', resource);
  const scope = { organizationId: actor.organizationId };
  const [rows, targets, revisions] = await Promise.all([
    selectMeasures(ctx.db, { ...scope, indicatorIds: [id], withDrafts }),
    selectTargets(ctx.db, { ...scope, indicatorIds: [id] }),
    selectRevisions(ctx.db, { ...scope, indicatorId: id, withDrafts }),
  ]);
  const periods = new Set([...rows.map((row) => row.period), ...targets.map((target) => target.period)]);
  if (indicator.baselinePeriod) periods.add(indicator.baselinePeriod);
  const ordered = [...periods].sort();
  return {
    measures: presentPeriods(indicator, ordered, rows, targets, { period: indicator.baselinePeriod, value: indicator.baselineValue }),
    revisions: revisions.map(presentRevision),
  };
}
