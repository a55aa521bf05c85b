import { describe, expect, it } from 'vitest';
import { barOf, monthColumns, periodSpan, positionOf, yearColumns } from './roadmap-layout';

const span = periodSpan(2026, 2027);

describe('roadmap layout', () => {
  it('places a date by its share of the period', () => {
    expect(positionOf('2026-01-01', span)).toBe(0);
    expect(positionOf('2027-01-01', span)).toBeCloseTo((365 / 730) * 100);
    expect(positionOf('2030-05-01', span)).toBe(100);
    expect(positionOf('2020-05-01', span)).toBe(0);
  });

  it('draws a project from its first to its last day, both included', () => {
    const bar = barOf('2026-01-01', '2026-12-31', span);
    expect(bar).toEqual({ left: 0, width: 50, cutStart: false, cutEnd: false });
  });

  it('cuts a project running past the period and runs an undated end to the period end', () => {
    expect(barOf('2025-06-01', '2026-06-30', span)).toMatchObject({ left: 0, cutStart: true, cutEnd: false });
    expect(barOf('2027-01-01', null, span)).toMatchObject({ width: 50, cutEnd: false });
    expect(barOf('2027-07-01', '2028-03-01', span)).toMatchObject({ cutEnd: true });
  });

  it('has no bar for a project wholly outside the period', () => {
    expect(barOf('2024-01-01', '2024-12-31', span)).toBeNull();
    expect(barOf('2028-01-01', '2028-12-31', span)).toBeNull();
  });

  it('splits the period in years and months that tile it', () => {
    const years = yearColumns(2026, 2027, span);
    expect(years.map((y) => y.label)).toEqual(['2026', '2027']);
    expect(years[1]!.left).toBeCloseTo(50);
    const months = monthColumns(2026, 2027, span, (m) => String(m + 1));
    expect(months).toHaveLength(24);
    expect(months.reduce((sum, m) => sum + m.width, 0)).toBeCloseTo(100);
    expect(months[12]).toMatchObject({ label: '1' });
  });
});
