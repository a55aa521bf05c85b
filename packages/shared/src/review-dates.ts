/**
 * When the next meeting of a review series falls. Pure rule shared by the server (series
 * `nextDate`, default date of a new review) and the web (date field of the « new review » form).
 */
export const reviewCadences = ['weeks', 'monthly', 'quarterly', 'yearly'] as const;
export type ReviewCadence = (typeof reviewCadences)[number];

const MONTHS_OF: Record<Exclude<ReviewCadence, 'weeks'>, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/**
 * The date the cadence proposes after `lastDate` (the latest review of the series), or one period
 * after `today` for the first review. Never in the past: when the series skipped meetings, the
 * first date of the rhythm that is today or later. Months keep the day of the last review,
 * clamped to the month's end (31 Jan → 28 Feb → 31 Mar: counted from the last review, no drift).
 */
export function proposeNextReviewDate(cadence: ReviewCadence, everyWeeks: number | null, lastDate: string | null, today: string): string {
  const anchor = lastDate ?? today;
  for (let periods = 1; ; periods += 1) {
    const candidate = addPeriods(anchor, cadence, everyWeeks, periods);
    if (lastDate === null || candidate >= today) return candidate;
  }
}

function addPeriods(isoDate: string, cadence: ReviewCadence, everyWeeks: number | null, periods: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (cadence === 'weeks') {
    const weeks = Math.min(52, Math.max(1, everyWeeks ?? 1));
    return iso(new Date(Date.UTC(year, month - 1, day + 7 * weeks * periods)));
  }
  const monthIndex = month - 1 + MONTHS_OF[cadence] * periods;
  const lastDayOfTarget = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, monthIndex, Math.min(day, lastDayOfTarget))));
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
