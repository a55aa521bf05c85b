import { evaluateFormula, formulaOrder, normalizePeriod, parseFormula, parseMeasureValue, parsePeriod, type MeasureSource, type MeasureState } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import {
  deleteMeasures,
  selectDependentFormulas,
  selectIndicatorsForMeasures,
  selectInputMeasures,
  selectMeasuredPeriods,
  selectUnitSubtree,
  upsertMeasures,
  type IndicatorForMeasures,
} from './measure-write.repository.js';

/** A measure as it arrives (grid, file, API, connector): checked by resolveMeasureItems. */
export interface RawMeasureItem {
  index: number;
  indicatorId?: string;
  code?: string;
  period: string;
  /** null (or "" when `allowDelete`) removes the period. */
  value: number | string | null;
  comment?: string;
}

export interface ResolvedMeasure {
  index: number;
  indicatorId: string;
  code: string;
  period: string;
  /** null deletes the period. */
  value: number | null;
  /** undefined keeps the comment already there. */
  comment?: string;
  requiresValidation: boolean;
}

export interface MeasureProblem {
  index: number;
  message: string;
}

export interface ResolveOptions {
  organizationId: string;
  items: RawMeasureItem[];
  scope?: { indicatorIds?: Set<string>; orgUnitIds?: string[] };
  /** Grid entry may clear a cell; files and APIs must carry a value. */
  allowDelete?: boolean;
}

const PERIOD_EXAMPLE = { yearly: '2026', 'half-yearly': '2026-H2', quarterly: '2026-Q3', monthly: '2026-07' } as const;
const PERIODICITY_FR = { yearly: 'annuel', 'half-yearly': 'semestriel', quarterly: 'trimestriel', monthly: 'mensuel' } as const;
const MAX_ABS = 1e15;

/** Checks a batch against the collectivité's indicators; every bad item gets its own French message. */
export async function resolveMeasureItems(db: DbOrTx, options: ResolveOptions) {
  const { organizationId, items } = options;
  const ids = [...new Set(items.flatMap((item) => (item.indicatorId ? [item.indicatorId] : [])))].filter(isUuid);
  const codes = [...new Set(items.flatMap((item) => (item.code ? [item.code.trim().toUpperCase()] : [])))];
  const found = await selectIndicatorsForMeasures(db, { organizationId, ids, codes });
  const byId = new Map(found.map((row) => [row.id, row]));
  const byCode = new Map(found.map((row) => [row.code, row]));
  const scopeUnits = options.scope?.orgUnitIds?.length ? new Set(await selectUnitSubtree(db, { organizationId, rootIds: options.scope.orgUnitIds })) : null;

  const resolved: ResolvedMeasure[] = [];
  const problems: MeasureProblem[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const indicator = item.indicatorId ? byId.get(item.indicatorId) : byCode.get((item.code ?? '').trim().toUpperCase());
    const outcome = checkItem(item, indicator, options, scopeUnits);
    if (typeof outcome === 'string') {
      problems.push({ index: item.index, message: outcome });
      continue;
    }
    const key = `${outcome.indicatorId}|${outcome.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ index: item.index, message: `En double : ${outcome.code} pour ${outcome.period} figure déjà plus haut (élément ${first})` });
      continue;
    }
    seen.set(key, item.index);
    resolved.push(outcome);
  }
  return { resolved, problems };
}

function checkItem(item: RawMeasureItem, indicator: IndicatorForMeasures | undefined, options: ResolveOptions, scopeUnits: Set<string> | null): ResolvedMeasure | string {
  const name = item.code?.trim() || item.indicatorId || '';
  if (!indicator) return name ? `Indicateur inconnu : « ${name} »` : 'Code indicateur manquant';
  const outOfScope =
    (options.scope?.indicatorIds && !options.scope.indicatorIds.has(indicator.id)) ||
    (scopeUnits && (!indicator.owner_org_unit_id || !scopeUnits.has(indicator.owner_org_unit_id)));
  if (outOfScope) return `L'indicateur ${indicator.code} est hors du périmètre autorisé`;
  if (indicator.formula !== null) return `L'indicateur ${indicator.code} est calculé : ses valeurs viennent de sa formule`;
  const rawPeriod = String(item.period ?? '').trim();
  if (!rawPeriod) return 'Période manquante';
  const period = normalizePeriod(rawPeriod, indicator.periodicity);
  if (!period) {
    const kind = PERIODICITY_FR[indicator.periodicity];
    return `Période « ${rawPeriod} » invalide pour l'indicateur ${kind} ${indicator.code} (attendu par exemple : ${PERIOD_EXAMPLE[indicator.periodicity]})`;
  }
  const value = readValue(item.value, options.allowDelete ?? false);
  if (typeof value === 'string') return value;
  const comment = item.comment?.trim();
  if (comment !== undefined && comment.length > 2000) return 'Commentaire trop long (2 000 caractères au plus)';
  return { index: item.index, indicatorId: indicator.id, code: indicator.code, period, value, comment: comment || undefined, requiresValidation: indicator.requires_validation };
}

function readValue(raw: RawMeasureItem['value'], allowDelete: boolean): number | null | string {
  const empty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  if (empty) return allowDelete ? null : 'Valeur manquante';
  const value = parseMeasureValue(raw);
  if (value === null) return `Valeur « ${String(raw).slice(0, 40)} » non numérique`;
  if (Math.abs(value) > MAX_ABS) return `Valeur ${raw} hors des limites`;
  return value;
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export type MeasureWriteResult = 'created' | 'updated' | 'unchanged' | 'deleted';

export interface WriteOptions {
  organizationId: string;
  measures: ResolvedMeasure[];
  source: MeasureSource;
  writer: { userId: string | null; tokenId?: string; connectorId?: string };
  /** The writer may validate and asks to: measures of indicators requiring validation go straight to validated. */
  validate?: boolean;
}

/**
 * Writes checked measures (call inside the caller's transaction), then recomputes the calculated
 * indicators that read them. Results are aligned with `measures`.
 */
export async function writeMeasures(tx: DbOrTx, ctx: Pick<AppContext, 'clock'>, options: WriteOptions) {
  const now = ctx.clock.now();
  const meta = {
    organizationId: options.organizationId,
    source: options.source,
    userId: options.writer.userId,
    tokenId: options.writer.tokenId ?? null,
    connectorId: options.writer.connectorId ?? null,
    now,
    validate: options.validate ?? false,
  };
  const upserts = options.measures.filter((m) => m.value !== null);
  const removals = options.measures.filter((m) => m.value === null);
  const written = await upsertMeasures(
    tx,
    upserts.map((m) => ({ idx: m.index, indicator_id: m.indicatorId, period: m.period, value: m.value!, comment: m.comment ?? null, state: stateFor(m, meta.validate) })),
    meta,
  );
  const deleted = await deleteMeasures(tx, removals.map((m) => ({ idx: m.index, indicator_id: m.indicatorId, period: m.period })), meta);

  const results: MeasureWriteResult[] = options.measures.map((m) => (m.value === null ? (deleted.has(m.index) ? 'deleted' : 'unchanged') : (written.get(m.index) ?? 'unchanged')));
  const changed = options.measures.filter((_, i) => results[i] !== 'unchanged');
  if (changed.length > 0) {
    await recomputeCalculated(tx, ctx, {
      organizationId: options.organizationId,
      inputIds: [...new Set(changed.map((m) => m.indicatorId))],
      periods: [...new Set(changed.map((m) => m.period))],
    });
  }
  const count = (kind: MeasureWriteResult) => results.filter((r) => r === kind).length;
  return { results, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), deleted: count('deleted') };
}

const stateFor = (m: ResolvedMeasure, validate: boolean): MeasureState => (m.requiresValidation && !validate ? 'draft' : 'validated');

/**
 * Recomputes calculated indicators, inputs first. With `inputIds`: those reading them (directly or
 * not), for `periods`. With `indicatorIds` (a formula changed): those indicators and their
 * dependents, for every period any input has.
 */
export async function recomputeCalculated(
  tx: DbOrTx,
  ctx: Pick<AppContext, 'clock'>,
  options: { organizationId: string; inputIds?: string[]; indicatorIds?: string[]; periods?: string[] },
) {
  const { organizationId } = options;
  const seeds = [...(options.inputIds ?? []), ...(options.indicatorIds ?? [])];
  const dependents = await selectDependentFormulas(tx, { organizationId, inputIds: seeds });
  const own = options.indicatorIds?.length ? await selectIndicatorsForMeasures(tx, { organizationId, ids: options.indicatorIds, codes: [] }) : [];
  const calculated = new Map<string, { id: string; code: string; periodicity: IndicatorForMeasures['periodicity']; formula: string }>();
  for (const row of [...own.filter((r) => r.formula !== null), ...dependents]) calculated.set(row.code, { ...row, formula: row.formula! });
  if (calculated.size === 0) return;

  const parsed = new Map([...calculated.values()].map((c) => [c.code, parseFormula(c.formula)]));
  const { order } = formulaOrder(Object.fromEntries([...parsed].map(([code, p]) => [code, p.ok ? p.refs : []])));
  const allPeriods = options.indicatorIds?.length ? null : (options.periods ?? null);
  for (const code of order) {
    const indicator = calculated.get(code);
    const formula = parsed.get(code);
    if (!indicator || !formula?.ok) continue;
    await recomputeOne(tx, ctx, organizationId, indicator, formula.tree, allPeriods);
  }
}

async function recomputeOne(
  tx: DbOrTx,
  ctx: Pick<AppContext, 'clock'>,
  organizationId: string,
  indicator: { id: string; code: string; periodicity: IndicatorForMeasures['periodicity'] },
  tree: Extract<ReturnType<typeof parseFormula>, { ok: true }>['tree'],
  periods: string[] | null,
) {
  const own = periods?.filter((p) => parsePeriod(p, indicator.periodicity)) ?? null;
  if (own !== null && own.length === 0) return;
  const inputs = await selectInputMeasures(tx, { organizationId, calculatedId: indicator.id, periods: own });
  const byPeriod = new Map<string, { values: Record<string, number>; draft: boolean }>();
  for (const row of inputs) {
    const entry = byPeriod.get(row.period) ?? { values: {}, draft: false };
    entry.values[row.code] = Number(row.value);
    entry.draft ||= row.state === 'draft';
    byPeriod.set(row.period, entry);
  }
  const targets = own ?? [...new Set([...byPeriod.keys(), ...(await selectMeasuredPeriods(tx, { organizationId, indicatorId: indicator.id }))])];
  const measures: ResolvedMeasure[] = targets.map((period, index) => {
    const entry = byPeriod.get(period);
    const value = entry ? evaluateFormula(tree, entry.values) : null;
    return { index, indicatorId: indicator.id, code: indicator.code, period, value, comment: '', requiresValidation: entry?.draft ?? false };
  });
  const meta = { organizationId, source: 'formula' as const, userId: null, tokenId: null, connectorId: null, now: ctx.clock.now(), validate: false };
  await upsertMeasures(
    tx,
    measures.filter((m) => m.value !== null).map((m) => ({ idx: m.index, indicator_id: m.indicatorId, period: m.period, value: m.value!, comment: '', state: stateFor(m, false) })),
    meta,
  );
  await deleteMeasures(tx, measures.filter((m) => m.value === null).map((m) => ({ idx: m.index, indicator_id: m.indicatorId, period: m.period })), meta);
}
