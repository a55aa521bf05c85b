/** Time is injected so tests can move it (session expiry, rate limits, scheduled jobs). */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(start: Date | string): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
    set: (at) => {
      current = new Date(at);
    },
  };
}

// Built once: constructing an Intl formatter costs more than formatting with it.
const franceDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) of an instant in France, where the collectivités are. */
export function dayInFrance(at: Date): string {
  return franceDay.format(at);
}

/**
 * Today (YYYY-MM-DD) in France: lateness changes at midnight in France, not in UTC, and an end
 * date or a milestone due today is not late yet.
 */
export function todayOf(clock: Clock): string {
  return dayInFrance(clock.now());
}
