import { describe, expect, it } from 'vitest';
import { duePeriods, normalizePeriod, parsePeriod, periodBounds, periodLabel, periodRange, periodicityOf, previousPeriod } from './period.js';

describe('periods', () => {
  it('accepts only canonical periods of the right periodicity', () => {
    expect(parsePeriod('2026-07', 'monthly')).toEqual({ year: 2026, index: 7 });
    expect(parsePeriod('2026-13', 'monthly')).toBeNull();
    expect(parsePeriod('2026-Q5', 'quarterly')).toBeNull();
    expect(parsePeriod('2026-Q3', 'monthly')).toBeNull();
    expect(parsePeriod('2026-H2', 'half-yearly')).toEqual({ year: 2026, index: 2 });
    expect(parsePeriod('2026', 'quarterly')).toBeNull();
    expect(periodicityOf('2026-Q3')).toBe('quarterly');
    expect(periodicityOf('2026-00')).toBeNull();
  });

  it('reads the spellings of real spreadsheets', () => {
    expect(normalizePeriod(' t3 2026 ', 'quarterly')).toBe('2026-Q3');
    expect(normalizePeriod('2026-T3', 'quarterly')).toBe('2026-Q3');
    expect(normalizePeriod('S2 2026', 'half-yearly')).toBe('2026-H2');
    expect(normalizePeriod('07/2026', 'monthly')).toBe('2026-07');
    expect(normalizePeriod('2026-7', 'monthly')).toBe('2026-07');
    expect(normalizePeriod('15/08/2026', 'quarterly')).toBe('2026-Q3');
    expect(normalizePeriod('2026-08-15', 'yearly')).toBe('2026');
    expect(normalizePeriod('2026-13', 'monthly')).toBeNull();
    expect(normalizePeriod('T5 2026', 'quarterly')).toBeNull();
    expect(normalizePeriod('bientôt', 'yearly')).toBeNull();
  });

  it('walks periods across years', () => {
    expect(previousPeriod('2026-01', 'monthly')).toBe('2025-12');
    expect(previousPeriod('2026-Q1', 'quarterly')).toBe('2025-Q4');
    expect(periodRange('2025-H2', '2026-H2', 'half-yearly')).toEqual(['2025-H2', '2026-H1', '2026-H2']);
    expect(periodRange('2027', '2026', 'yearly')).toEqual([]);
  });

  it('says which periods are due: the last completed ones', () => {
    expect(duePeriods('quarterly', '2026-07-15')).toEqual(['2026-Q2']);
    expect(duePeriods('monthly', '2026-01-05', 3)).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(duePeriods('yearly', '2026-03-01')).toEqual(['2025']);
  });

  it('knows bounds and French labels', () => {
    expect(periodBounds('2024-02', 'monthly')).toEqual({ startsOn: '2024-02-01', endsOn: '2024-02-29' });
    expect(periodBounds('2026-Q4', 'quarterly')).toEqual({ startsOn: '2026-10-01', endsOn: '2026-12-31' });
    expect(periodLabel('2026-Q3', 'quarterly')).toBe('T3 2026');
    expect(periodLabel('2026-08', 'monthly')).toBe('août 2026');
  });
});
