import type { Portfolio } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { settingsInput, settingsValues, yearsOf } from './settings-values';

const unit = '00000000-0000-4000-8000-000000000001';
const portfolio = {
  settings: { startYear: 2026, endYear: 2027, weightMode: 'budget', version: 3 },
  budgetCapacities: [{ year: 2026, nature: 'investment', amountCents: 150_000_00 }],
  fteCapacities: [{ year: 2027, orgUnitId: unit, orgUnitName: 'DSI', fte: 2.5 }],
} as unknown as Portfolio;

describe('portfolio settings form', () => {
  it('reads capacities in euros and sends them back in cents, only those of the period', () => {
    const values = settingsValues(portfolio);
    expect(values.budget['2026:investment']).toBe(150_000);
    values.budget['2027:operating'] = 1234.56;
    values.budget['2031:operating'] = 99;
    values.endYear = 2027;
    const input = settingsInput(values, 3);
    expect(input.budgetCapacities).toEqual([
      { year: 2026, nature: 'investment', amountCents: 15_000_000 },
      { year: 2027, nature: 'operating', amountCents: 123_456 },
    ]);
    expect(input.fteCapacities).toEqual([{ year: 2027, orgUnitId: unit, fte: 2.5 }]);
    expect(input.version).toBe(3);
  });

  it('has no years for an impossible period', () => {
    expect(yearsOf(2028, 2026)).toEqual([]);
    expect(yearsOf(2026, 2028)).toEqual([2026, 2027, 2028]);
  });
});
