import type { Measure, measuresInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { authorize, can } from '../../policies/index.js';
import { forbidden } from '../../http/errors.js';
import { loadIndicatorForActor } from '../indicators/indicator.access.js';
import { unprocessable } from '../indicators/indicator-formula.js';
import { selectMeasures, selectTargets } from './measure-read.repository.js';
import { presentPeriods } from './measure-read.service.js';
import { resolveMeasureItems, writeMeasures, type ResolvedMeasure } from './measure-write.service.js';

type MeasuresInput = z.output<typeof measuresInputSchema>;
export interface EntryCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/**
 * Manual entry of one indicator's periods (the indicator page and the entry grid): all or
 * nothing. `value: null` clears a period (kept in the revisions). `validate: true` asks for the
 * measure to be validated at once, which only those who validate may ask (403 otherwise).
 */
export async function enterMeasures(ctx: AppContext, actor: MemberActor, id: string, input: MeasuresInput): Promise<{ data: Measure[]; counts: EntryCounts }> {
  return ctx.db.transaction(async (tx) => {
    const { indicator, resource } = await loadIndicatorForActor(tx, actor, id);
    authorize(actor, 'indicator.enterMeasures', resource);
    if (input.measures.some((entry) => entry.validate) && !can(actor, 'indicator.validateMeasures', resource)) throw forbidden();
    if (indicator.formula !== null) {
      throw unprocessable([{ path: 'measures', message: `L’indicateur ${indicator.code} est calculé : ses valeurs viennent de sa formule et ne se saisissent pas` }]);
    }
    const scope = scopeOf(actor);
    const { resolved, problems } = await resolveMeasureItems(tx, {
      ...scope,
      items: input.measures.map((entry, index) => ({ index, indicatorId: id, period: entry.period, value: entry.value, comment: entry.comment })),
      scope: { indicatorIds: new Set([id]) },
      allowDelete: true,
    });
    if (problems.length > 0) {
      const issues = problems.map((problem) => ({ path: `measures.${problem.index}`, message: problem.message }));
      throw unprocessable(issues, issues.length > 1 ? `${issues.length} valeurs invalides : rien n’a été enregistré` : issues[0]!.message);
    }
    const toValidate = new Set(input.measures.flatMap((entry, index) => (entry.validate ? [index] : [])));
    const counts: EntryCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
    const write = async (measures: ResolvedMeasure[], validate: boolean) => {
      if (measures.length === 0) return;
      const result = await writeMeasures(tx, ctx, { ...scope, measures, source: 'manual', writer: { userId: actor.userId }, validate });
      for (const key of ['created', 'updated', 'unchanged', 'deleted'] as const) counts[key] += result[key];
    };
    await write(resolved.filter((m) => !toValidate.has(m.index)), false);
    await write(resolved.filter((m) => toValidate.has(m.index)), true);

    const periods = resolved.map((m) => m.period);
    const [rows, targets] = await Promise.all([
      selectMeasures(tx, { ...scope, indicatorIds: [id], withDrafts: true }),
      selectTargets(tx, { ...scope, indicatorIds: [id], periods }),
    ]);
    return { data: presentPeriods(indicator, periods, rows, targets), counts };
  });
}
