import { parsePeriod, type IndicatorTarget, type targetsInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import type { Issue } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadIndicatorForActor } from './indicator.access.js';
import { PERIODICITY_LABELS, unprocessable } from './indicator-formula.js';
import { listIndicatorTargets, replaceIndicatorTargets } from './indicator-target.repository.js';

type TargetsInput = z.output<typeof targetsInputSchema>;

const present = (rows: { period: string; value: number; valueMax: number | null }[]): IndicatorTarget[] =>
  rows.map((row) => ({ period: row.period, value: row.value, valueMax: row.valueMax ?? null }));

/** One history field per period: « target:2026 » 10 → 12 (a band reads « 10 – 20 »). */
const audited = (targets: IndicatorTarget[]) =>
  Object.fromEntries(targets.map((t) => [`target:${t.period}`, t.valueMax === null ? t.value : `${t.value} – ${t.valueMax}`]));

export async function readTargets(ctx: AppContext, actor: MemberActor, id: string) {
  await loadIndicatorForActor(ctx.db, actor, id);
  return present(await listIndicatorTargets(ctx.db, { ...scopeOf(actor), indicatorId: id }));
}

/** PUT replaces the whole list; every period must be one of the indicator's periodicity. */
export async function replaceTargets(ctx: AppContext, actor: MemberActor, id: string, input: TargetsInput) {
  return ctx.db.transaction(async (tx) => {
    const { indicator, resource } = await loadIndicatorForActor(tx, actor, id);
    authorize(actor, 'indicator.update', resource);
    const issues: Issue[] = [];
    const seen = new Set<string>();
    const targets = input.targets.map((target, index) => {
      const period = target.period.toUpperCase();
      if (!parsePeriod(period, indicator.periodicity)) {
        issues.push({ path: `targets.${index}.period`, message: `« ${target.period} » n’est pas une période ${PERIODICITY_LABELS[indicator.periodicity]}` });
      } else if (seen.has(period)) {
        issues.push({ path: `targets.${index}.period`, message: `La période ${period} figure deux fois` });
      }
      seen.add(period);
      const valueMax = indicator.direction === 'band' ? (target.valueMax ?? null) : null;
      if (valueMax !== null && valueMax < target.value) issues.push({ path: `targets.${index}.valueMax`, message: 'Le haut de la fourchette doit être supérieur ou égal au bas' });
      return { period, value: target.value, valueMax };
    });
    if (issues.length > 0) throw unprocessable(issues, issues.length > 1 ? `${issues.length} cibles invalides` : issues[0]!.message);
    const ref = { ...scopeOf(actor), indicatorId: id };
    const before = present(await listIndicatorTargets(tx, ref));
    await replaceIndicatorTargets(tx, ref, targets);
    const after = present(await listIndicatorTargets(tx, ref));
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'indicator', entityId: id, action: 'update', before: audited(before), after: audited(after) });
    return after;
  });
}
