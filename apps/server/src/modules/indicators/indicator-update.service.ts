import type { indicatorUpdateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { recomputeCalculated } from '../measures/measure-write.service.js';
import { indicatorResourceOf, loadIndicatorForActor, loadIndicatorResource } from './indicator.access.js';
import { checkFormula } from './indicator-formula.js';
import { changedRefs, checkIndicatorRefs } from './indicator-refs.js';
import { auditedIndicator } from './indicator.presenter.js';
import {
  countIndicatorData,
  findDependentCodes,
  findIndicatorLinks,
  replaceIndicatorActionLinks,
  replaceIndicatorInputs,
  replaceIndicatorNodeLinks,
  replaceIndicatorPilots,
  updateIndicator,
} from './indicator.repository.js';
import type { IndicatorRow } from './indicator.table.js';
import { checkBaseline, checkCodeFree, withUniqueCode } from './indicator.service.js';

export type IndicatorUpdate = z.output<typeof indicatorUpdateInputSchema>;

const staleVersion = (current: number) =>
  new AppError(409, 'conflict', 'L’indicateur a été modifié entre-temps ; rechargez-le avant de réessayer', [{ path: 'version', message: `Version actuelle : ${current}` }]);

/**
 * Whoever is inside (admin, pilot, owning units) edits the definition. Moving it to another owner
 * unit also needs the right to create there. A field sent unchanged is not a change, so a form may
 * send the whole indicator back.
 */
export async function updateIndicatorFields(ctx: AppContext, actor: MemberActor, id: string, input: IndicatorUpdate) {
  return withUniqueCode(input.code, () =>
    ctx.db.transaction(async (tx) => {
      const scope = scopeOf(actor);
      const ref = { ...scope, indicatorId: id };
      const { indicator: current, resource } = await loadIndicatorForActor(tx, actor, id);
      authorize(actor, 'indicator.update', resource);
      if (current.version !== input.version) throw staleVersion(current.version);
      const links = await findIndicatorLinks(tx, ref);
      await checkIndicatorRefs(tx, actor, changedRefs(input, { ownerOrgUnitId: current.ownerOrgUnitId, pilotIds: resource.pilotIds, ...links }));

      const next = { ...current, ...definedFields(input) };
      if (next.ownerOrgUnitId !== current.ownerOrgUnitId) {
        authorize(actor, 'indicator.create', await indicatorResourceOf(tx, next, input.pilotIds ?? resource.pilotIds));
      }
      await checkStructuralChange(tx, ref, current, next);
      checkBaseline(next.baselinePeriod, next.periodicity);
      const formula = input.formula === undefined ? current.formula : input.formula?.trim() || null;
      const formulaChanged = formula !== current.formula || (formula !== null && (next.periodicity !== current.periodicity || next.code !== current.code));
      const inputIds = formula && formulaChanged ? await checkFormula(tx, actor, { code: next.code, previousCode: current.code, periodicity: next.periodicity, formula }) : null;

      const { version: _v, pilotIds, nodeIds, actionIds, ...fields } = input;
      const updated = await updateIndicator(tx, { ...scope, id, version: input.version }, { ...definedFields(fields), formula, updatedAt: ctx.clock.now() });
      if (!updated) throw staleVersion(current.version + 1);
      if (pilotIds) await replaceIndicatorPilots(tx, ref, pilotIds);
      if (nodeIds) await replaceIndicatorNodeLinks(tx, ref, nodeIds);
      if (actionIds) await replaceIndicatorActionLinks(tx, ref, actionIds);
      if (formula === null && current.formula !== null) await replaceIndicatorInputs(tx, ref, []);
      if (inputIds) {
        await replaceIndicatorInputs(tx, ref, inputIds);
        await recomputeCalculated(tx, ctx, { ...scope, indicatorIds: [id] });
      }

      const after = (await loadIndicatorResource(tx, actor, id))!;
      await recordChange(tx, auditContextOf(ctx, actor), {
        entityType: 'indicator',
        entityId: id,
        action: 'update',
        before: auditedIndicator(current, { pilotIds: resource.pilotIds, ...links }),
        after: auditedIndicator(after.indicator, { pilotIds: after.resource.pilotIds, ...(await findIndicatorLinks(tx, ref)) }),
      });
      return after;
    }),
  );
}

/** The keys the client sent (undefined means "leave as is"). */
function definedFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * A code read by formulas, or a periodicity that measures, targets or formulas rely on, cannot
 * change under them: 409 with what to do first.
 */
async function checkStructuralChange(
  tx: DbOrTx,
  ref: { organizationId: string; indicatorId: string },
  current: IndicatorRow,
  next: Pick<IndicatorRow, 'code' | 'periodicity'>,
) {
  const codeChanges = next.code !== current.code;
  const periodicityChanges = next.periodicity !== current.periodicity;
  if (!codeChanges && !periodicityChanges) return;
  if (codeChanges) await checkCodeFree(tx, ref.organizationId, next.code, ref.indicatorId);
  const dependents = await findDependentCodes(tx, ref);
  if (dependents.length > 0) {
    const what = codeChanges ? 'son code' : 'sa périodicité';
    throw new AppError(409, 'conflict', `Cet indicateur est utilisé par la formule de ${dependents.join(', ')} : ${what} ne peut pas changer`);
  }
  if (periodicityChanges) {
    const data = await countIndicatorData(tx, ref);
    if (data.measures > 0 || data.targets > 0) {
      throw new AppError(409, 'conflict', 'Cet indicateur a déjà des valeurs ou des cibles : sa périodicité ne peut plus changer');
    }
  }
}
