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

/**
 * Today (YYYY-MM-DD) in France, where the collectivités are: lateness changes at midnight in
 * France, not in UTC, and an end date or a milestone due today is not late yet.
 */
export function todayOf(clock: Clock): string {
  return franceDay.format(clock.now());
}
