import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.js';
import type { PlanRow } from '../plans/plan.table.js';
import { effectiveSettings } from './portfolio.access.js';

const undated = { startsOn: null, endsOn: null } as unknown as PlanRow;

describe('the period of a portfolio without settings nor dates', () => {
  it('starts this year in France, and runs three years', () => {
    expect(effectiveSettings(undated, undefined, fixedClock('2026-06-15T10:00:00Z'))).toMatchObject({ startYear: 2026, endYear: 2028, version: 0 });
  });

  it('is already next year at 0 h 30 on 1 January in Paris (still 31 December in UTC)', () => {
    expect(effectiveSettings(undated, undefined, fixedClock('2026-12-31T23:30:00Z'))).toMatchObject({ startYear: 2027, endYear: 2029 });
  });
});
