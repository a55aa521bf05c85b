import type { Portfolio, PortfolioSettingsInput, WeightMode } from '@pilotis/shared';
import { budgetNatures } from '@pilotis/shared';

/** The settings form: amounts in euros as typed, keyed `year:nature` and `year:orgUnitId`. */
export interface SettingsValues {
  startYear: number;
  endYear: number;
  weightMode: WeightMode;
  budget: Record<string, number | ''>;
  fteUnitIds: string[];
  fte: Record<string, number | ''>;
}

export function settingsValues(portfolio: Portfolio): SettingsValues {
  const budget: SettingsValues['budget'] = {};
  for (const c of portfolio.budgetCapacities) budget[`${c.year}:${c.nature}`] = c.amountCents / 100;
  const fte: SettingsValues['fte'] = {};
  for (const c of portfolio.fteCapacities) fte[`${c.year}:${c.orgUnitId}`] = c.fte;
  const fteUnitIds = [...new Set(portfolio.fteCapacities.map((c) => c.orgUnitId))];
  const { startYear, endYear, weightMode } = portfolio.settings;
  return { startYear, endYear, weightMode, budget, fteUnitIds, fte };
}

export function yearsOf(startYear: number, endYear: number): number[] {
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear < startYear || endYear - startYear > 20) return [];
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
}

/** Only the cells of the period that hold a figure are sent; euros become cents. */
export function settingsInput(values: SettingsValues, version: number): PortfolioSettingsInput {
  const years = yearsOf(values.startYear, values.endYear);
  const budgetCapacities = years.flatMap((year) =>
    budgetNatures.flatMap((nature) => {
      const amount = values.budget[`${year}:${nature}`];
      return amount === '' || amount === undefined ? [] : [{ year, nature, amountCents: Math.round(amount * 100) }];
    }),
  );
  const fteCapacities = years.flatMap((year) =>
    values.fteUnitIds.flatMap((orgUnitId) => {
      const fte = values.fte[`${year}:${orgUnitId}`];
      return fte === '' || fte === undefined ? [] : [{ year, orgUnitId, fte }];
    }),
  );
  return { startYear: values.startYear, endYear: values.endYear, weightMode: values.weightMode, budgetCapacities, fteCapacities, version };
}
