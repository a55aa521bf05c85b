import { describe, expect, it } from 'vitest';
import { proposeNextReviewDate } from './review-dates.js';

describe('proposeNextReviewDate', () => {
  it('proposes one period after today for the first review of a series', () => {
    expect(proposeNextReviewDate('weeks', 2, null, '2026-03-10')).toBe('2026-03-24');
    expect(proposeNextReviewDate('monthly', null, null, '2026-03-10')).toBe('2026-04-10');
    expect(proposeNextReviewDate('quarterly', null, null, '2026-03-10')).toBe('2026-06-10');
    expect(proposeNextReviewDate('yearly', null, null, '2026-03-10')).toBe('2027-03-10');
  });

  it('counts from the latest review', () => {
    expect(proposeNextReviewDate('weeks', 8, '2026-03-02', '2026-03-10')).toBe('2026-04-27');
    expect(proposeNextReviewDate('monthly', null, '2026-03-02', '2026-03-10')).toBe('2026-04-02');
    expect(proposeNextReviewDate('quarterly', null, '2026-11-15', '2026-11-20')).toBe('2027-02-15');
  });

  it('keeps the day of the month, clamped to the end of shorter months', () => {
    expect(proposeNextReviewDate('monthly', null, '2026-01-31', '2026-02-01')).toBe('2026-02-28');
    expect(proposeNextReviewDate('monthly', null, '2026-01-31', '2026-03-01')).toBe('2026-03-31');
    expect(proposeNextReviewDate('yearly', null, '2028-02-29', '2028-03-01')).toBe('2029-02-28');
  });

  it('never proposes a date in the past when meetings were skipped', () => {
    expect(proposeNextReviewDate('weeks', 2, '2026-01-05', '2026-03-10')).toBe('2026-03-16');
    expect(proposeNextReviewDate('monthly', null, '2025-06-10', '2026-03-10')).toBe('2026-03-10');
  });
});
