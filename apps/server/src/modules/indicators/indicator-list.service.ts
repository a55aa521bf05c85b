import { duePeriods, periodicities, type IndicatorListQuery, type IndicatorSummary, type Periodicity } from '@pilotis/shared';
import { isAdmin } from '../../policies/types.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { foldForSearch } from '../actions/action.search.js';
import { latestPoints } from '../measures/measure-point.js';
import { selectLatestMeasures } from '../measures/measure-read.repository.js';
import { listIndicatorRows, type IndicatorListFilters, type IndicatorReader } from './indicator-list.repository.js';
import { canCreateIndicators, presentIndicatorSummary } from './indicator.presenter.js';
import { orgUnitSubtree } from './indicator.repository.js';
import type { IndicatorRow } from './indicator.table.js';
import { todayOf } from '../../lib/clock.js';

/** The actor as the list query sees them: inside the indicators owned by their units and those below. */
export async function readerOf(db: DbOrTx, actor: MemberActor): Promise<IndicatorReader> {
  const admin = isAdmin(actor);
  const insideUnitIds = admin ? [] : await orgUnitSubtree(db, { organizationId: actor.organizationId, orgUnitIds: actor.unitIds });
  return { admin, userId: actor.userId, insideUnitIds };
}

/** The last completed period of each periodicity, today in France. */
export function lastDuePeriods(ctx: Pick<AppContext, 'clock'>): Record<Periodicity, string> {
  const today = todayOf(ctx.clock);
  return Object.fromEntries(periodicities.map((p) => [p, duePeriods(p, today, 1)[0]!])) as Record<Periodicity, string>;
}

export interface SummaryRow {
  indicator: IndicatorRow;
  inside: boolean;
  summary: IndicatorSummary;
}

/**
 * Indicators the actor may read, filtered, each with its latest point: two queries whatever the
 * number of indicators. Drafts count only where the actor reads drafts (inside).
 */
export async function listSummaryRows(db: DbOrTx, ctx: Pick<AppContext, 'clock'>, actor: MemberActor, filters: IndicatorListFilters): Promise<SummaryRow[]> {
  const reader = await readerOf(db, actor);
  const due = lastDuePeriods(ctx);
  const rows = await listIndicatorRows(db, { organizationId: actor.organizationId, reader, filters, duePeriods: due });
  const latest = await selectLatestMeasures(db, {
    organizationId: actor.organizationId,
    indicatorIds: rows.map((row) => row.indicator.id),
    draftIndicatorIds: rows.filter((row) => row.inside).map((row) => row.indicator.id),
  });
  const points = latestPoints(latest, new Map(rows.map((row) => [row.indicator.id, row.indicator])));
  return rows.map((row) => ({
    indicator: row.indicator,
    inside: row.inside,
    summary: presentIndicatorSummary(row.indicator, { latest: points.get(row.indicator.id) ?? null, due: row.due, duePeriod: due[row.indicator.periodicity] }),
  }));
}

/** The library: filters in SQL; the status of the latest point is computed, then filtered. */
export async function listIndicators(ctx: AppContext, actor: MemberActor, query: IndicatorListQuery) {
  const scope = { organizationId: actor.organizationId };
  const q = query.q ? foldForSearch(query.q).trim() : '';
  const filters: IndicatorListFilters = {
    ownerUnitIds: query.orgUnitId ? await orgUnitSubtree(ctx.db, { ...scope, orgUnitIds: [query.orgUnitId] }) : undefined,
    planId: query.planId,
    nodeId: query.nodeId,
    actionId: query.actionId,
    periodicity: query.periodicity,
    q: q || undefined,
    due: query.due === undefined ? undefined : query.due === 'true',
  };
  const rows = await listSummaryRows(ctx.db, ctx, actor, filters);
  const data = rows.map((row) => row.summary).filter((summary) => !query.status || (summary.latest?.status ?? 'no_target') === query.status);
  return { data, can: { create: canCreateIndicators(actor) } };
}
