import { defaultThresholds, duePeriods, parseFormula, periodBounds, periodRange, shiftPeriod, type Periodicity } from '@pilotis/shared';
import type { indicatorActionLinks, indicatorInputs, indicatorNodeLinks, indicatorPilots, indicators, indicatorTargets } from '../indicators/indicator.table.js';
import type { measures } from '../measures/measure.table.js';
import type { DemoIndicatorSpec } from './demo-indicators.data.js';
import type { Rng } from './demo-plans.generate.js';

export interface DemoIndicatorRows {
  indicators: (typeof indicators.$inferInsert)[];
  pilots: (typeof indicatorPilots.$inferInsert)[];
  targets: (typeof indicatorTargets.$inferInsert)[];
  nodeLinks: (typeof indicatorNodeLinks.$inferInsert)[];
  actionLinks: (typeof indicatorActionLinks.$inferInsert)[];
  inputs: (typeof indicatorInputs.$inferInsert)[];
  measures: (typeof measures.$inferInsert)[];
}

export interface DemoIndicatorInput {
  organizationId: string;
  specs: DemoIndicatorSpec[];
  today: string;
  now: Date;
  rng: Rng;
  people: { admin: string; pilot: string };
  unitIds: Map<string, string>;
  nodeIds: Map<string, string>;
  actionIds: Map<string, string>;
  newId: () => string;
}

/** About two and a half years of figures, whatever the periodicity. */
const HISTORY: Record<Periodicity, number> = { monthly: 30, quarterly: 10, 'half-yearly': 5, yearly: 4 };
const PER_YEAR: Record<Periodicity, number> = { monthly: 12, quarterly: 4, 'half-yearly': 2, yearly: 1 };

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The entry date of a period's figure: ten days after it ends, never after now. */
function enteredAt(period: string, periodicity: Periodicity, now: Date) {
  const end = Date.parse(`${periodBounds(period, periodicity)!.endsOn}T16:00:00Z`) + 10 * 86_400_000;
  return new Date(Math.min(end, now.getTime() - 3_600_000));
}

/** The month (1–12) a period starts in, for the seasonal swing (winter heating, summer lull). */
const startMonth = (period: string, periodicity: Periodicity) => Number(periodBounds(period, periodicity)!.startsOn.slice(5, 7));

/**
 * Rows for the demo indicators: definitions, links, targets (over the measured periods and a year
 * beyond) and figures. Calculated indicators get no figures here: the seed recomputes them.
 */
export function generateDemoIndicators(input: DemoIndicatorInput): DemoIndicatorRows {
  const rows: DemoIndicatorRows = { indicators: [], pilots: [], targets: [], nodeLinks: [], actionLinks: [], inputs: [], measures: [] };
  const { organizationId, now } = input;
  const idOf = new Map(input.specs.map((spec) => [spec.code, input.newId()]));
  for (const spec of input.specs) {
    const id = idOf.get(spec.code)!;
    const measured = duePeriods(spec.periodicity, input.today, spec.periods ?? HISTORY[spec.periodicity]);
    const future = periodRange(shiftPeriod(measured.at(-1)!, spec.periodicity, 1)!, shiftPeriod(measured.at(-1)!, spec.periodicity, PER_YEAR[spec.periodicity])!, spec.periodicity);
    const first = measured[0]!;
    rows.indicators.push({
      id,
      organizationId,
      code: spec.code,
      name: spec.name,
      description: spec.description,
      unit: spec.unit,
      decimals: spec.decimals,
      direction: spec.direction,
      periodicity: spec.periodicity,
      kind: spec.kind,
      ownerOrgUnitId: input.unitIds.get(spec.owner) ?? null,
      source: spec.source,
      method: spec.method,
      visibility: spec.visibility ?? 'organization',
      baselinePeriod: spec.series ? first : null,
      baselineValue: spec.series ? spec.series.from : null,
      thresholds: defaultThresholds,
      formula: spec.formula ?? null,
      requiresValidation: spec.requiresValidation ?? false,
      createdAt: now,
      updatedAt: now,
    });
    if (spec.pilot) rows.pilots.push({ organizationId, indicatorId: id, userId: input.people[spec.pilot] });
    for (const title of spec.nodes) {
      const nodeId = input.nodeIds.get(title);
      if (nodeId) rows.nodeLinks.push({ organizationId, indicatorId: id, nodeId });
    }
    for (const title of spec.actions) {
      const actionId = input.actionIds.get(title);
      if (actionId) rows.actionLinks.push({ organizationId, indicatorId: id, actionId });
    }
    if (spec.formula) {
      const parsed = parseFormula(spec.formula);
      for (const code of parsed.ok ? parsed.refs : []) rows.inputs.push({ organizationId, indicatorId: id, inputId: idOf.get(code)! });
    }
    if (spec.target) rows.targets.push(...targetsOf(spec, id, organizationId, [...measured, ...future]));
    if (spec.series) rows.measures.push(...measuresOf(spec, id, input, measured));
  }
  return rows;
}

function targetsOf(spec: DemoIndicatorSpec, indicatorId: string, organizationId: string, periods: string[]) {
  const [start, end] = spec.target!;
  const span = Math.max(1, periods.length - PER_YEAR[spec.periodicity] - 1);
  return periods.map((period, i) => {
    const value = round(start + ((end - start) * i) / span, spec.decimals);
    return spec.band
      ? { organizationId, indicatorId, period, value: round(value - spec.band, spec.decimals), valueMax: round(value + spec.band, spec.decimals) }
      : { organizationId, indicatorId, period, value, valueMax: null };
  });
}

function measuresOf(spec: DemoIndicatorSpec, indicatorId: string, input: DemoIndicatorInput, measured: string[]) {
  const { from, to, seasonal = 0, noise = 0 } = spec.series!;
  const periods = spec.lastMissing ? measured.slice(0, -1) : measured;
  const source = spec.measureSource ?? 'manual';
  const writer = source === 'manual' ? (spec.pilot ? input.people[spec.pilot] : input.people.admin) : null;
  return periods.map((period, i) => {
    const trend = from + ((to - from) * i) / Math.max(1, measured.length - 1);
    // Heating months weigh more; a half-year or a year has no season.
    const season = spec.periodicity === 'monthly' || spec.periodicity === 'quarterly' ? seasonal * Math.cos(((startMonth(period, spec.periodicity) - 1) / 12) * 2 * Math.PI) : 0;
    const value = round(trend + season + noise * (input.rng.next() * 2 - 1), spec.decimals);
    const at = enteredAt(period, spec.periodicity, input.now);
    const draft = spec.lastDraft === true && i === periods.length - 1;
    return {
      id: input.newId(),
      organizationId: input.organizationId,
      indicatorId,
      period,
      value,
      comment: draft ? 'Chiffres provisoires, en attente des dernières factures' : '',
      state: draft ? ('draft' as const) : ('validated' as const),
      source,
      enteredById: writer,
      enteredAt: at,
      validatedById: draft ? null : writer,
      validatedAt: draft ? null : at,
    };
  });
}
