/** How long without a log entry or a progress change before an action « needs an update ». */
export const staleDayChoices = [15, 30, 60, 90] as const;
export type StaleDays = (typeof staleDayChoices)[number];
export const DEFAULT_STALE_DAYS: StaleDays = 30;

/** The URL parameter (French, as every URL of the app): `?jours=60`. */
export const STALE_DAYS_PARAM = 'jours';

/** Only the offered choices are read back; anything else (hand-typed URL) falls back to 30 days. */
export function staleDaysFromSearch(search: URLSearchParams): StaleDays {
  const value = Number(search.get(STALE_DAYS_PARAM));
  return staleDayChoices.find((choice) => choice === value) ?? DEFAULT_STALE_DAYS;
}

/** The default stays out of the URL, so the plain address is the usual view. */
export function withStaleDays(search: URLSearchParams, days: StaleDays): URLSearchParams {
  const next = new URLSearchParams(search);
  if (days === DEFAULT_STALE_DAYS) next.delete(STALE_DAYS_PARAM);
  else next.set(STALE_DAYS_PARAM, String(days));
  return next;
}
