import { describe, expect, it } from 'vitest';
import { dayInFrance, fixedClock, todayOf } from './clock.js';

describe('dayInFrance / todayOf', () => {
  it('answers the calendar day in France, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(dayInFrance(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2 in summer).
    expect(dayInFrance(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dayInFrance(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
    expect(todayOf(fixedClock('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
