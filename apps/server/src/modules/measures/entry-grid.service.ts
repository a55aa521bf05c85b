import { duePeriods, periodicities, previousPeriod, type EntryGrid, type Periodicity } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { groupBy } from '../../lib/group-by.js';
import { listSummaryRows } from '../indicators/indicator-list.service.js';
import { orgUnitSubtree } from '../indicators/indicator.repository.js';
import { selectMeasures, selectTargets } from './measure-read.repository.js';
import { presentPeriods } from './measure-read.service.js';
import { todayOf } from '../../lib/clock.js';

export interface EntryGridQuery {
  orgUnitId?: string;
  periodicity?: Periodicity;
  /** How many completed periods per periodicity, most recent last. */
  periods: number;
}

/**
 * The entry grid: every indicator the actor may enter (admins: all; others: those they pilot or
 * whose owner unit is one of theirs or below), optionally of one unit and its sub-units, × the last
 * completed periods of its periodicity. Calculated indicators come along read-only (canEnter false)
 * so the grid shows their result. `periods` is every period shown, monthly ones first.
 */
export async function readEntryGrid(ctx: AppContext, actor: MemberActor, query: EntryGridQuery): Promise<EntryGrid> {
  const scope = { organizationId: actor.organizationId };
  const ownerUnitIds = query.orgUnitId ? await orgUnitSubtree(ctx.db, { ...scope, orgUnitIds: [query.orgUnitId] }) : undefined;
  const rows = await listSummaryRows(ctx.db, ctx, actor, { ownerUnitIds, periodicity: query.periodicity, onlyInside: true });
  const today = todayOf(ctx.clock);
  const used = periodicities.filter((p) => rows.some((row) => row.indicator.periodicity === p));
  const due = new Map(used.map((p) => [p, duePeriods(p, today, query.periods)]));
  // The period before the first one shown gives the first cell its trend.
  const fetched = used.flatMap((p) => [previousPeriod(due.get(p)![0]!, p)!, ...due.get(p)!]);
  const ids = rows.map((row) => row.indicator.id);
  const [measures, targets] = await Promise.all([
    selectMeasures(ctx.db, { ...scope, indicatorIds: ids, periods: fetched, withDrafts: true }),
    selectTargets(ctx.db, { ...scope, indicatorIds: ids, periods: fetched }),
  ]);
  const measuresOf = groupBy(measures, (m) => m.indicator_id);
  const targetsOf = groupBy(targets, (t) => t.indicator_id);
  return {
    periods: used.flatMap((p) => due.get(p)!),
    rows: rows.map(({ indicator, summary }) => ({
      indicator: summary,
      cells: presentPeriods(
        indicator,
        due.get(indicator.periodicity)!,
        measuresOf.get(indicator.id) ?? [],
        targetsOf.get(indicator.id) ?? [],
      ),
      canEnter: indicator.formula === null,
    })),
  };
}
