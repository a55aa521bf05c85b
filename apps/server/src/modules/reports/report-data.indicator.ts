import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { loadIndicatorForActor } from '../indicators/indicator.access.js';
import { readIndicatorMeasures } from '../measures/measure-read.service.js';
import { periodicityLabels, type IndicatorData, type ReportHeader } from './report-data.js';
import { findOrgUnitName } from './report.repository.js';

/**
 * An indicator's report: its definition, and every period with a measure or a target as the
 * indicator page shows them to the actor (drafts only to those inside; 404 when not readable).
 */
export async function gatherIndicator(ctx: AppContext, actor: MemberActor, indicatorId: string, header: Omit<ReportHeader, 'title' | 'details'>): Promise<IndicatorData> {
  const { indicator } = await loadIndicatorForActor(ctx.db, actor, indicatorId);
  const { measures } = await readIndicatorMeasures(ctx, actor, indicatorId);
  const ownerUnit = indicator.ownerOrgUnitId ? await findOrgUnitName(ctx.db, { organizationId: actor.organizationId, id: indicator.ownerOrgUnitId }) : null;
  return {
    header: {
      ...header,
      title: `${indicator.code} — ${indicator.name}`,
      details: [`Périodicité : ${(periodicityLabels[indicator.periodicity] ?? indicator.periodicity).toLowerCase()}`, ...(ownerUnit ? [`Service : ${ownerUnit}`] : [])],
    },
    indicator: {
      code: indicator.code,
      name: indicator.name,
      description: indicator.description,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      periodicity: indicator.periodicity,
      source: indicator.source,
      method: indicator.method,
      ownerUnit,
      baselinePeriod: indicator.baselinePeriod,
      baselineValue: indicator.baselineValue,
      formula: indicator.formula,
    },
    measures,
  };
}
