/**
 * Indicator periods. Canonical forms: `2026` (yearly), `2026-H2` (half-yearly), `2026-Q3`
 * (quarterly), `2026-07` (monthly). Real files spell them many ways; `normalizePeriod` accepts the
 * usual French ones (`T3 2026`, `S2 2026`, `07/2026`, a date inside the period) and answers the
 * canonical form, or null.
 */
export const periodicities = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type Periodicity = (typeof periodicities)[number];

const PER_YEAR: Record<Periodicity, number> = { monthly: 12, quarterly: 4, 'half-yearly': 2, yearly: 1 };
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A period as (year, index within the year, 1-based). */
interface PeriodParts {
  year: number;
  index: number;
}

const validYear = (year: number) => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

function format(periodicity: Periodicity, { year, index }: PeriodParts): string {
  switch (periodicity) {
    case 'yearly':
      return String(year);
    case 'half-yearly':
      return `${year}-H${index}`;
    case 'quarterly':
      return `${year}-Q${index}`;
    case 'monthly':
      return `${year}-${String(index).padStart(2, '0')}`;
  }
}

function parts(periodicity: Periodicity, year: number, index: number): PeriodParts | null {
  if (!validYear(year) || !Number.isInteger(index) || index < 1 || index > PER_YEAR[periodicity]) return null;
  return { year, index };
}

/** The period of the given periodicity that contains a calendar month (1–12). */
function containingMonth(periodicity: Periodicity, year: number, month: number): PeriodParts | null {
  if (month < 1 || month > 12) return null;
  const monthsPer = 12 / PER_YEAR[periodicity];
  return parts(periodicity, year, Math.floor((month - 1) / monthsPer) + 1);
}

/** The canonical period string when `period` is well formed for this periodicity, else null. */
export function parsePeriod(period: string, periodicity: Periodicity): PeriodParts | null {
  const patterns: Record<Periodicity, RegExp> = {
    yearly: /^(\d{4})$/,
    'half-yearly': /^(\d{4})-H([12])$/,
    quarterly: /^(\d{4})-Q([1-4])$/,
    monthly: /^(\d{4})-(\d{2})$/,
  };
  const match = patterns[periodicity].exec(period);
  if (!match) return null;
  return parts(periodicity, Number(match[1]), periodicity === 'yearly' ? 1 : Number(match[2]));
}

export const isValidPeriod = (period: string, periodicity: Periodicity) => parsePeriod(period, periodicity) !== null;

/** Accepts the spellings found in real spreadsheets; answers the canonical form or null. */
export function normalizePeriod(raw: string, periodicity: Periodicity): string | null {
  const text = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if (parsePeriod(text, periodicity)) return text;
  const found = readPeriod(text, periodicity);
  return found ? format(periodicity, found) : null;
}

function readPeriod(text: string, periodicity: Periodicity): PeriodParts | null {
  let m: RegExpExecArray | null;
  // A date inside the period: 2026-07-01, 01/07/2026.
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text))) return containingMonth(periodicity, +m[1]!, +m[2]!);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) return containingMonth(periodicity, +m[3]!, +m[2]!);
  if (periodicity === 'monthly') {
    if ((m = /^(\d{4})[-/ ]?M?(\d{1,2})$/.exec(text))) return parts('monthly', +m[1]!, +m[2]!);
    if ((m = /^(\d{1,2})[/-](\d{4})$/.exec(text))) return parts('monthly', +m[2]!, +m[1]!);
    return null;
  }
  const letters = periodicity === 'quarterly' ? 'QT' : periodicity === 'half-yearly' ? 'HS' : '';
  if (!letters) return null;
  const yearFirst = new RegExp(`^(\\d{4})[ -/]?[${letters}]([1-4])$`).exec(text);
  if (yearFirst) return parts(periodicity, +yearFirst[1]!, +yearFirst[2]!);
  const indexFirst = new RegExp(`^[${letters}]([1-4])[ -/]?(\\d{4})$`).exec(text);
  if (indexFirst) return parts(periodicity, +indexFirst[2]!, +indexFirst[1]!);
  return null;
}

const toOrdinal = (periodicity: Periodicity, p: PeriodParts) => p.year * PER_YEAR[periodicity] + (p.index - 1);
const fromOrdinal = (periodicity: Periodicity, ordinal: number): PeriodParts => ({
  year: Math.floor(ordinal / PER_YEAR[periodicity]),
  index: (ordinal % PER_YEAR[periodicity]) + 1,
});

/** The period `offset` steps away (−1: the previous one). */
export function shiftPeriod(period: string, periodicity: Periodicity, offset: number): string | null {
  const p = parsePeriod(period, periodicity);
  if (!p) return null;
  const shifted = fromOrdinal(periodicity, toOrdinal(periodicity, p) + offset);
  return validYear(shifted.year) ? format(periodicity, shifted) : null;
}

export const previousPeriod = (period: string, periodicity: Periodicity) => shiftPeriod(period, periodicity, -1);

/** The period containing a calendar date (`YYYY-MM-DD`). */
export function periodOfDate(isoDate: string, periodicity: Periodicity): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return format(periodicity, containingMonth(periodicity, year, month)!);
}

/** First and last day of a period, as ISO dates. */
export function periodBounds(period: string, periodicity: Periodicity): { startsOn: string; endsOn: string } | null {
  const p = parsePeriod(period, periodicity);
  if (!p) return null;
  const monthsPer = 12 / PER_YEAR[periodicity];
  const firstMonth = (p.index - 1) * monthsPer + 1;
  const lastMonth = firstMonth + monthsPer - 1;
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { startsOn: `${p.year}-${pad(firstMonth)}-01`, endsOn: `${p.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** Every period from `from` to `to` inclusive, in order (empty when reversed; capped at 600). */
export function periodRange(from: string, to: string, periodicity: Periodicity): string[] {
  const a = parsePeriod(from, periodicity);
  const b = parsePeriod(to, periodicity);
  if (!a || !b) return [];
  const out: string[] = [];
  for (let o = toOrdinal(periodicity, a); o <= toOrdinal(periodicity, b) && out.length < 600; o++) out.push(format(periodicity, fromOrdinal(periodicity, o)));
  return out;
}

/**
 * The periods a measure is due for on `today`: the last `count` completed periods, most recent
 * last (in July 2026, a quarterly indicator is due for 2026-Q2).
 */
export function duePeriods(periodicity: Periodicity, today: string, count = 1): string[] {
  const current = periodOfDate(today, periodicity);
  const last = previousPeriod(current, periodicity)!;
  const first = shiftPeriod(last, periodicity, -(count - 1))!;
  return periodRange(first, last, periodicity);
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** French label: « 2026 », « S2 2026 », « T3 2026 », « juillet 2026 ». */
export function periodLabel(period: string, periodicity: Periodicity): string {
  const p = parsePeriod(period, periodicity);
  if (!p) return period;
  switch (periodicity) {
    case 'yearly':
      return String(p.year);
    case 'half-yearly':
      return `S${p.index} ${p.year}`;
    case 'quarterly':
      return `T${p.index} ${p.year}`;
    case 'monthly':
      return `${MONTHS_FR[p.index - 1]} ${p.year}`;
  }
}

/** Which periodicity a canonical period string has, or null. */
export function periodicityOf(period: string): Periodicity | null {
  return periodicities.find((periodicity) => parsePeriod(period, periodicity)) ?? null;
}
