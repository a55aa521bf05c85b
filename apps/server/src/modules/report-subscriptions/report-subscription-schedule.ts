import type { SubscriptionSchedule } from '@pilotis/shared';

/**
 * When a subscription sends: wall times in Europe/Paris (« lundi à 7 h » stays 7 h across daylight
 * saving changes). Pure functions of the schedule and a moment; the clock is the caller's.
 */
const ZONE = 'Europe/Paris';
const DAY_MS = 24 * 60 * 60 * 1000;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Paris calendar date and time of a moment. */
export function parisWallTime(at: Date) {
  const get = Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return { year: get.year!, month: get.month!, day: get.day!, hour: get.hour!, minute: get.minute!, second: get.second! };
}

/** Paris offset from UTC at a moment, in ms (+1 h in winter, +2 h in summer). */
function parisOffsetMs(at: number) {
  const w = parisWallTime(new Date(at));
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

/**
 * The moment it is `hour` o'clock in Paris on that calendar day (month 1–12; days past the end of
 * the month roll over, as Date.UTC does). An hour skipped in spring (2 h → 3 h) gives 3 h.
 */
export function parisTime(year: number, month: number, day: number, hour: number) {
  const wall = Date.UTC(year, month - 1, day, hour);
  const first = wall - parisOffsetMs(wall);
  const second = wall - parisOffsetMs(first);
  return new Date(Math.max(first, second));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
const isoWeekday = (year: number, month: number, day: number) => ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;

/**
 * The first sending strictly after `from`; null for « before each review » (those are queued
 * when a review is planned, see runAtBeforeReview).
 */
export function nextRunAfter(schedule: SubscriptionSchedule, from: Date): Date | null {
  const today = parisWallTime(from);
  switch (schedule.frequency) {
    case 'weekly': {
      for (let offset = 0; offset <= 7; offset++) {
        const date = new Date(Date.UTC(today.year, today.month - 1, today.day) + offset * DAY_MS);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        if (isoWeekday(y, m, d) !== schedule.weekday) continue;
        const at = parisTime(y, m, d, schedule.hour);
        if (at > from) return at;
      }
      throw new Error('unreachable: a weekday comes back within 8 days');
    }
    case 'monthly': {
      for (let offset = 0; offset <= 1; offset++) {
        const at = parisTime(today.year, today.month + offset, schedule.day, schedule.hour);
        if (at > from) return at;
      }
      throw new Error('unreachable: next month has the day');
    }
    case 'before-review':
      return null;
  }
}

/** « N days before the review at H h »: the review date is a Paris calendar day (YYYY-MM-DD). */
export function runAtBeforeReview(schedule: Extract<SubscriptionSchedule, { frequency: 'before-review' }>, reviewDate: string) {
  const [year, month, day] = reviewDate.split('-').map(Number) as [number, number, number];
  return parisTime(year, month, day - schedule.daysBefore, schedule.hour);
}
