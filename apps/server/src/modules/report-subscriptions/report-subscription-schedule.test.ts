import { describe, expect, it } from 'vitest';
import { nextRunAfter, parisTime, parisWallTime, runAtBeforeReview } from './report-subscription-schedule.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('Paris wall times', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(iso(parisTime(2026, 1, 15, 7))).toBe('2026-01-15T06:00:00.000Z');
    expect(iso(parisTime(2026, 7, 15, 7))).toBe('2026-07-15T05:00:00.000Z');
  });

  it('gives 3 h for the hour skipped in spring, and a real instant for the hour repeated in autumn', () => {
    // 29 March 2026: 2 h does not exist in Paris.
    expect(iso(parisTime(2026, 3, 29, 2))).toBe('2026-03-29T01:00:00.000Z');
    expect(parisWallTime(parisTime(2026, 3, 29, 2)).hour).toBe(3);
    // 25 October 2026: 2 h happens twice; either is 2 h in Paris.
    expect(parisWallTime(parisTime(2026, 10, 25, 2))).toMatchObject({ day: 25, hour: 2 });
    expect(iso(parisTime(2026, 10, 25, 7))).toBe('2026-10-25T06:00:00.000Z');
  });

  it('rolls days past the end of a month over', () => {
    expect(iso(parisTime(2026, 13, 1, 8))).toBe('2027-01-01T07:00:00.000Z');
    expect(iso(parisTime(2026, 3, 0, 8))).toBe('2026-02-28T07:00:00.000Z');
  });
});

describe('next weekly sending', () => {
  const mondayAt7 = { frequency: 'weekly' as const, weekday: 1, hour: 7 };

  it('is the next Monday at 7 h, Paris time', () => {
    // Wednesday 4 March 2026, 10 h Paris → Monday 9 March 7 h (6 h UTC).
    expect(iso(nextRunAfter(mondayAt7, new Date('2026-03-04T09:00:00Z')))).toBe('2026-03-09T06:00:00.000Z');
  });

  it('is today when the hour has not come yet, next week once it has', () => {
    expect(iso(nextRunAfter(mondayAt7, new Date('2026-03-09T05:59:00Z')))).toBe('2026-03-09T06:00:00.000Z');
    expect(iso(nextRunAfter(mondayAt7, new Date('2026-03-09T06:00:00Z')))).toBe('2026-03-16T06:00:00.000Z');
  });

  it('stays at 7 h Paris across the change to summer time (one hour earlier in UTC)', () => {
    const before = nextRunAfter(mondayAt7, new Date('2026-03-23T06:00:00Z'));
    expect(iso(before)).toBe('2026-03-30T05:00:00.000Z');
    expect(parisWallTime(before!)).toMatchObject({ day: 30, hour: 7 });
    expect(iso(nextRunAfter(mondayAt7, new Date('2026-10-20T05:00:00Z')))).toBe('2026-10-26T06:00:00.000Z');
  });

  it('uses the Paris date, not the UTC one, around midnight', () => {
    // Sunday 22:30 UTC is already Monday 0:30 in Paris (summer): Monday 7 h is the same day.
    expect(iso(nextRunAfter(mondayAt7, new Date('2026-06-14T22:30:00Z')))).toBe('2026-06-15T05:00:00.000Z');
    const sundayAt23 = { frequency: 'weekly' as const, weekday: 7, hour: 23 };
    expect(iso(nextRunAfter(sundayAt23, new Date('2026-06-14T20:00:00Z')))).toBe('2026-06-14T21:00:00.000Z');
  });
});

describe('next monthly sending', () => {
  it('is this month’s day if still ahead, else next month’s, across the end of the year', () => {
    const the5thAt8 = { frequency: 'monthly' as const, day: 5, hour: 8 };
    expect(iso(nextRunAfter(the5thAt8, new Date('2026-03-02T09:00:00Z')))).toBe('2026-03-05T07:00:00.000Z');
    expect(iso(nextRunAfter(the5thAt8, new Date('2026-03-05T07:00:00Z')))).toBe('2026-04-05T06:00:00.000Z');
    expect(iso(nextRunAfter(the5thAt8, new Date('2026-12-20T12:00:00Z')))).toBe('2027-01-05T07:00:00.000Z');
  });

  it('sends on the 28th of February, and in a month after the 28th passed', () => {
    const the28th = { frequency: 'monthly' as const, day: 28, hour: 7 };
    expect(iso(nextRunAfter(the28th, new Date('2026-01-31T12:00:00Z')))).toBe('2026-02-28T06:00:00.000Z');
    expect(iso(nextRunAfter(the28th, new Date('2026-01-28T06:00:00Z')))).toBe('2026-02-28T06:00:00.000Z');
  });

  it('is the 1st at 0 h Paris even when that is still the previous day in UTC', () => {
    const first = { frequency: 'monthly' as const, day: 1, hour: 0 };
    expect(iso(nextRunAfter(first, new Date('2026-06-15T12:00:00Z')))).toBe('2026-06-30T22:00:00.000Z');
  });
});

describe('before each review', () => {
  const weekBefore = { frequency: 'before-review' as const, daysBefore: 7, hour: 7 };

  it('has no next sending of its own', () => {
    expect(nextRunAfter(weekBefore, new Date('2026-03-02T09:00:00Z'))).toBeNull();
  });

  it('sends N days before the review date, at the hour, across month ends', () => {
    expect(iso(runAtBeforeReview(weekBefore, '2026-04-03'))).toBe('2026-03-27T06:00:00.000Z');
    expect(iso(runAtBeforeReview({ ...weekBefore, daysBefore: 0 }, '2026-04-03'))).toBe('2026-04-03T05:00:00.000Z');
  });
});
