import { normalizePeriod, type Measure } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadIndicatorForActor } from '../indicators/indicator.access.js';
import { unprocessable } from '../indicators/indicator-formula.js';
import { selectMeasures, selectTargets } from './measure-read.repository.js';
import { presentPeriods } from './measure-read.service.js';
import { findMeasure, markMeasureValidated } from './measure-validate.repository.js';
import { recomputeCalculated } from './measure-write.service.js';

/**
 * The owning unit (or an admin) validates a draft: from then on it shows beyond the unit. The
 * calculated indicators reading it are recomputed, so their own value follows. Validating a
 * validated measure changes nothing.
 */
export async function validateMeasure(ctx: AppContext, actor: MemberActor, id: string, rawPeriod: string): Promise<Measure> {
  return ctx.db.transaction(async (tx) => {
    const { indicator, resource } = await loadIndicatorForActor(tx, actor, id);
    authorize(actor, 'indicator.validateMeasures', resource);
    // A calculated measure is as validated as its inputs: it follows them.
    if (indicator.formula !== null) throw unprocessable([{ path: 'period', message: `L’indicateur ${indicator.code} est calculé : validez les valeurs des indicateurs qu’il utilise` }]);
    const period = normalizePeriod(rawPeriod, indicator.periodicity);
    if (!period) throw unprocessable([{ path: 'period', message: `Période « ${rawPeriod} » invalide pour cet indicateur` }]);
    const ref = { ...scopeOf(actor), indicatorId: id, period };
    if (!(await findMeasure(tx, ref))) throw notFound('Valeur');
    const validated = await markMeasureValidated(tx, ref, { userId: actor.userId, at: ctx.clock.now() });
    if (validated) {
      await recordChange(tx, auditContextOf(ctx, actor), {
        entityType: 'indicator',
        entityId: id,
        action: 'measure.validate',
        before: { [`measure:${period}`]: 'draft' },
        after: { [`measure:${period}`]: 'validated' },
      });
      await recomputeCalculated(tx, ctx, { ...scopeOf(actor), inputIds: [id], periods: [period] });
    }
    const rows = await selectMeasures(tx, { ...scopeOf(actor), indicatorIds: [id], withDrafts: true });
    const targets = await selectTargets(tx, { ...scopeOf(actor), indicatorIds: [id], periods: [period] });
    return presentPeriods(indicator, [period], rows, targets)[0]!;
  });
}
