import {
  defaultThresholds,
  indicatorCreateInputSchema,
  normalizePeriod,
  parseFormula,
  type Indicator,
  type IndicatorCreateInput,
  type IndicatorDirection,
  type IndicatorKind,
  type OrgUnit,
  type Periodicity,
  type Visibility,
} from '@pilotis/shared';
import type { TFunction } from 'i18next';
import { readTypedValue } from './indicator-format';

/** The form holds text where people type numbers and periods their way (« 12,5 », « T3 2026 »). */
export interface IndicatorFormValues {
  code: string;
  name: string;
  description: string;
  unit: string;
  decimals: number;
  direction: IndicatorDirection;
  periodicity: Periodicity;
  kind: IndicatorKind;
  ownerOrgUnitId: string;
  pilotIds: string[];
  source: string;
  method: string;
  visibility: Visibility;
  baselinePeriod: string;
  baselineValue: string;
  onTrack: number;
  offTrack: number;
  calculated: boolean;
  formula: string;
  requiresValidation: boolean;
  nodeIds: string[];
  actionIds: string[];
}

export function emptyValues(defaults: { ownerOrgUnitId?: string; nodeIds?: string[]; actionIds?: string[] } = {}): IndicatorFormValues {
  return {
    code: '', name: '', description: '', unit: '', decimals: 0, direction: 'higher', periodicity: 'yearly', kind: 'result',
    ownerOrgUnitId: defaults.ownerOrgUnitId ?? '', pilotIds: [], source: '', method: '', visibility: 'organization',
    baselinePeriod: '', baselineValue: '', onTrack: defaultThresholds.onTrack, offTrack: defaultThresholds.offTrack,
    calculated: false, formula: '', requiresValidation: false, nodeIds: defaults.nodeIds ?? [], actionIds: defaults.actionIds ?? [],
  };
}

export function valuesOf(indicator: Indicator, formatInput: (value: number | null) => string): IndicatorFormValues {
  return {
    code: indicator.code, name: indicator.name, description: indicator.description, unit: indicator.unit, decimals: indicator.decimals,
    direction: indicator.direction, periodicity: indicator.periodicity, kind: indicator.kind, ownerOrgUnitId: indicator.ownerOrgUnitId ?? '',
    pilotIds: indicator.pilots.map((p) => p.id), source: indicator.source, method: indicator.method, visibility: indicator.visibility,
    baselinePeriod: indicator.baselinePeriod ?? '', baselineValue: formatInput(indicator.baselineValue),
    onTrack: indicator.thresholds.onTrack, offTrack: indicator.thresholds.offTrack, calculated: indicator.formula !== null,
    formula: indicator.formula ?? '', requiresValidation: indicator.requiresValidation, nodeIds: indicator.nodeIds, actionIds: indicator.actionIds,
  };
}

/** Form values → API body. Unreadable numbers/periods are left as they are: `validateValues` reports them. */
export function toInput(values: IndicatorFormValues): IndicatorCreateInput {
  const { ownerOrgUnitId, baselinePeriod, baselineValue, onTrack, offTrack, calculated, formula, ...rest } = values;
  const typed = readTypedValue(baselineValue);
  return {
    ...rest,
    ownerOrgUnitId: ownerOrgUnitId || null,
    baselinePeriod: baselinePeriod.trim() ? (normalizePeriod(baselinePeriod, values.periodicity) ?? baselinePeriod.trim()) : null,
    baselineValue: typed === 'invalid' ? Number.NaN : typed,
    thresholds: { onTrack: Number(onTrack), offTrack: Number(offTrack) },
    formula: calculated && formula.trim() ? formula.trim() : null,
  };
}

/** The shared schema's messages, on the form's own field names, plus what only the form knows. */
export function validateValues(values: IndicatorFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const result = indicatorCreateInputSchema.safeParse(toInput(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.').replace(/^thresholds\./, '');
      errors[path] ??= issue.message;
    }
  }
  if (readTypedValue(values.baselineValue) === 'invalid') errors.baselineValue = t('indicators.form.notANumber');
  if (values.baselinePeriod.trim() && !normalizePeriod(values.baselinePeriod, values.periodicity)) {
    errors.baselinePeriod = t('indicators.form.badPeriod', { periodicity: t(`indicators.periodicities.${values.periodicity}`) });
  }
  if (values.calculated) {
    const parsed = parseFormula(values.formula);
    if (!parsed.ok) errors.formula = parsed.error;
  }
  return errors;
}

/** Units one may own an indicator for: all for admins, else one's units and the units under them. */
export function ownableUnits(units: OrgUnit[], myUnitIds: string[], isAdmin: boolean): Set<string> {
  if (isAdmin) return new Set(units.map((unit) => unit.id));
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const mine = new Set(myUnitIds);
  const allowed = (id: string | null): boolean => {
    for (let at = id, guard = 0; at && guard < 100; at = parentOf.get(at) ?? null, guard++) if (mine.has(at)) return true;
    return false;
  };
  return new Set(units.filter((unit) => allowed(unit.id)).map((unit) => unit.id));
}
