import { defaultThresholds, parsePeriod, type IndicatorCreateInput, type Periodicity } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { recomputeCalculated } from '../measures/measure-write.service.js';
import { indicatorResourceOf, loadIndicatorForActor, loadIndicatorResource } from './indicator.access.js';
import { checkFormula, PERIODICITY_LABELS, unprocessable } from './indicator-formula.js';
import { checkIndicatorRefs } from './indicator-refs.js';
import { auditedIndicator } from './indicator.presenter.js';
import {
  deleteIndicatorRow,
  findDependentCodes,
  findIndicatorByCode,
  findIndicatorLinks,
  insertIndicator,
  replaceIndicatorActionLinks,
  replaceIndicatorInputs,
  replaceIndicatorNodeLinks,
  replaceIndicatorPilots,
} from './indicator.repository.js';

const EXAMPLES: Record<Periodicity, string> = { yearly: '2026', 'half-yearly': '2026-H2', quarterly: '2026-Q3', monthly: '2026-07' };

/** 422 on `code` when another indicator of the collectivité has it. */
export async function checkCodeFree(db: DbOrTx, organizationId: string, code: string, exceptId?: string) {
  const existing = await findIndicatorByCode(db, { organizationId, code });
  if (existing && existing.id !== exceptId) throw duplicateCode(code);
}

const duplicateCode = (code: string) => unprocessable([{ path: 'code', message: `Le code « ${code} » est déjà utilisé par un autre indicateur de la collectivité` }]);

/** Two requests creating the same code at once: the unique index decides, the loser gets the same 422. */
export async function withUniqueCode<T>(code: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const pg = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const violation = pg.code === '23505' ? pg : pg.cause?.code === '23505' ? pg.cause : undefined;
    if (violation && code && (violation.constraint ?? 'indicators_code_idx') === 'indicators_code_idx') throw duplicateCode(code);
    throw error;
  }
}

/** 422 on `baselinePeriod` when it is not a period of the indicator's periodicity. */
export function checkBaseline(baselinePeriod: string | null | undefined, periodicity: Periodicity) {
  if (baselinePeriod && !parsePeriod(baselinePeriod, periodicity)) {
    throw unprocessable([
      { path: 'baselinePeriod', message: `La période de référence doit être une période ${PERIODICITY_LABELS[periodicity]} (par exemple ${EXAMPLES[periodicity]})` },
    ]);
  }
}

/** Admins create anywhere; members of a unit for their unit (or one below it). */
export async function createIndicator(ctx: AppContext, actor: MemberActor, input: IndicatorCreateInput) {
  const code = input.code.toUpperCase();
  return withUniqueCode(code, () =>
    ctx.db.transaction(async (tx) => {
      const scope = scopeOf(actor);
      await checkIndicatorRefs(tx, actor, { ownerOrgUnitId: input.ownerOrgUnitId, pilotIds: input.pilotIds, nodeIds: input.nodeIds, actionIds: input.actionIds });
      const visibility = input.visibility ?? 'organization';
      const ownerOrgUnitId = input.ownerOrgUnitId ?? null;
      authorize(actor, 'indicator.create', await indicatorResourceOf(tx, { ...scope, visibility, ownerOrgUnitId }, input.pilotIds ?? []));
      await checkCodeFree(tx, actor.organizationId, code);
      checkBaseline(input.baselinePeriod, input.periodicity);
      const formula = input.formula?.trim() || null;
      const inputIds = formula ? await checkFormula(tx, actor, { code, periodicity: input.periodicity, formula }) : [];
      const now = ctx.clock.now();
      const row = await insertIndicator(tx, {
        id: newId(),
        ...scope,
        code,
        name: input.name,
        description: input.description ?? '',
        unit: input.unit ?? '',
        decimals: input.decimals ?? 0,
        direction: input.direction ?? 'higher',
        periodicity: input.periodicity,
        kind: input.kind ?? 'result',
        ownerOrgUnitId,
        source: input.source ?? '',
        method: input.method ?? '',
        visibility,
        baselinePeriod: input.baselinePeriod ?? null,
        baselineValue: input.baselineValue ?? null,
        thresholds: input.thresholds ?? defaultThresholds,
        formula,
        requiresValidation: input.requiresValidation ?? false,
        createdAt: now,
        updatedAt: now,
      });
      const ref = { ...scope, indicatorId: row.id };
      const lists = { pilotIds: [...new Set(input.pilotIds ?? [])], nodeIds: [...new Set(input.nodeIds ?? [])], actionIds: [...new Set(input.actionIds ?? [])] };
      await replaceIndicatorPilots(tx, ref, lists.pilotIds);
      await replaceIndicatorNodeLinks(tx, ref, lists.nodeIds);
      await replaceIndicatorActionLinks(tx, ref, lists.actionIds);
      await replaceIndicatorInputs(tx, ref, inputIds);
      if (formula) await recomputeCalculated(tx, ctx, { ...scope, indicatorIds: [row.id] });
      await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'indicator', entityId: row.id, action: 'create', before: null, after: auditedIndicator(row, lists) });
      return (await loadIndicatorResource(tx, actor, row.id))!;
    }),
  );
}

/**
 * Deletes the indicator with its measures, their history, targets and links. Refused while a
 * calculated indicator reads it: its formula would no longer make sense.
 */
export async function deleteIndicator(ctx: AppContext, actor: MemberActor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { indicator, resource } = await loadIndicatorForActor(tx, actor, id);
    authorize(actor, 'indicator.delete', resource);
    const ref = { ...scopeOf(actor), indicatorId: id };
    const dependents = await findDependentCodes(tx, ref);
    if (dependents.length > 0) {
      throw new AppError(409, 'conflict', `Cet indicateur est utilisé par la formule de ${dependents.join(', ')} : modifiez ces formules avant de le supprimer`);
    }
    const links = await findIndicatorLinks(tx, ref);
    await deleteIndicatorRow(tx, ref);
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'indicator',
      entityId: id,
      action: 'delete',
      before: auditedIndicator(indicator, { pilotIds: resource.pilotIds, ...links }),
      after: null,
    });
  });
}
