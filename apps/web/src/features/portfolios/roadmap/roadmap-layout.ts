/**
 * Where things sit on the roadmap: every date becomes a percentage of the portfolio's period
 * (1 January of the first year → 31 December of the last), so the bars, the year and month
 * columns and the milestone markers are plain positioned boxes (no canvas: readable, printable).
 */

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date, read as a calendar date (no time zone shift). */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY;
}

export interface Span {
  /** First day shown (1 January of startYear) and the day after the last one (1 January after endYear). */
  from: number;
  to: number;
}

export function periodSpan(startYear: number, endYear: number): Span {
  return { from: dayNumber(`${startYear}-01-01`), to: dayNumber(`${endYear + 1}-01-01`) };
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** The left edge of a date on the timeline, in % of its width (dates outside are pinned to the ends). */
export function positionOf(iso: string, span: Span): number {
  return clamp(((dayNumber(iso) - span.from) / (span.to - span.from)) * 100);
}

export interface Bar {
  left: number;
  width: number;
  /** The project starts before or ends after the period: the bar is cut at that end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The bar of a project from its start to its end (both days included). Without a start it begins
 * with the period, without an end it runs to the period's end; a project wholly outside the
 * period has no bar.
 */
export function barOf(startsOn: string | null, endsOn: string | null, span: Span): Bar | null {
  const start = startsOn ? dayNumber(startsOn) : span.from;
  const end = endsOn ? dayNumber(endsOn) + 1 : span.to;
  if (end <= span.from || start >= span.to || end <= start) return null;
  const from = Math.max(start, span.from);
  const to = Math.min(end, span.to);
  return {
    ...place(from, to, span),
    cutStart: start < span.from,
    cutEnd: end > span.to,
  };
}

export interface Column {
  key: string;
  label: string;
  left: number;
  width: number;
}

/** One column per year of the period. */
export function yearColumns(startYear: number, endYear: number, span: Span): Column[] {
  const columns: Column[] = [];
  for (let year = startYear; year <= endYear; year += 1) {
    const from = dayNumber(`${year}-01-01`);
    const to = dayNumber(`${year + 1}-01-01`);
    columns.push({ key: String(year), label: String(year), ...place(from, to, span) });
  }
  return columns;
}

/** One column per month, labelled with `monthLabel(monthIndex)` (0 = January). */
export function monthColumns(startYear: number, endYear: number, span: Span, monthLabel: (month: number) => string): Column[] {
  const columns: Column[] = [];
  for (let year = startYear; year <= endYear; year += 1) {
    for (let month = 0; month < 12; month += 1) {
      const from = Date.UTC(year, month, 1) / DAY;
      const to = Date.UTC(year, month + 1, 1) / DAY;
      columns.push({ key: `${year}-${month}`, label: monthLabel(month), ...place(from, to, span) });
    }
  }
  return columns;
}

function place(from: number, to: number, span: Span) {
  const total = span.to - span.from;
  return { left: ((from - span.from) / total) * 100, width: ((to - from) / total) * 100 };
}
