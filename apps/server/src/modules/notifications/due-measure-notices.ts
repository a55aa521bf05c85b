import { periodLabel } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { lastDuePeriods } from '../indicators/indicator-list.service.js';
import { groupBy } from '../../lib/group-by.js';
import { insertMarks, selectDueIndicators, selectIndicatorPilots, selectUnitMembers } from './daily-notices.repository.js';
import { writeNotifications, type NotifyInput } from './notify.js';

type DueIndicator = Awaited<ReturnType<typeof selectDueIndicators>>[number];

/**
 * « Une mesure est à saisir »: for every entered indicator whose last completed period has no
 * measure (the list's « à saisir » rule), tells its pilots once per indicator and period. An
 * indicator without pilot is told to the members attached to its owner unit (the directorate
 * that owns it enters its measures); one with neither pilot nor owner unit is told to nobody
 * (it stays in the list's « à saisir » filter). The period is marked even then, so a pilot
 * named later is not told about a period already past. Four queries for the whole run, plus one
 * transaction per collectivité.
 */
export async function sendDueMeasureNotices(ctx: AppContext) {
  const periods = lastDuePeriods(ctx);
  const due = await selectDueIndicators(ctx.db, { duePeriods: periods });
  if (due.length === 0) return 0;
  const pilots = groupBy(await selectIndicatorPilots(ctx.db, { indicatorIds: due.map((i) => i.id) }), (row) => row.indicatorId);
  const ownerUnits = [...new Set(due.filter((i) => !pilots.has(i.id) && i.ownerOrgUnitId).map((i) => i.ownerOrgUnitId!))];
  const unitMembers = groupBy(await selectUnitMembers(ctx.db, { unitIds: ownerUnits }), (row) => row.orgUnitId);
  const recipientsOf = (indicator: DueIndicator) =>
    (pilots.get(indicator.id) ?? (indicator.ownerOrgUnitId ? unitMembers.get(indicator.ownerOrgUnitId) : undefined) ?? []).map((row) => row.userId);

  let told = 0;
  for (const [organizationId, indicators] of groupBy(due, (i) => i.organizationId)) {
    told += await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const added = await insertMarks(
        tx,
        indicators.map((i) => ({ organizationId, kind: 'measure.due' as const, entityId: i.id, mark: periods[i.periodicity], createdAt: now })),
      );
      const fresh = new Set(added.map((row) => row.entityId));
      const inputs = indicators.filter((i) => fresh.has(i.id)).map((i) => dueNotice(i, periods[i.periodicity], recipientsOf(i)));
      return writeNotifications(tx, ctx, organizationId, inputs);
    });
  }
  return told;
}

function dueNotice(indicator: DueIndicator, period: string, userIds: string[]): NotifyInput {
  const label = periodLabel(period, indicator.periodicity);
  return {
    organizationId: indicator.organizationId,
    userIds,
    kind: 'measure.due',
    entityType: 'indicator',
    entityId: indicator.id,
    title: `Mesure à saisir : ${indicator.code} (${label})`,
    body: `La valeur de ${label} de l’indicateur « ${indicator.code} — ${indicator.name} » n’est pas encore saisie.`,
    link: `/indicateurs/${indicator.id}`,
  };
}
