/**
 * French formats of the documents, from Intl fr-FR (which puts the narrow no-break spaces where
 * French typography wants them: `1 234,5 €`, `45 %`). Dates are calendar days (ISO `YYYY-MM-DD`)
 * or instants shown in Europe/Paris.
 */
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDateParis = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
const timeParis = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 2 });
const moneyRound = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const numbers = new Map<number, Intl.NumberFormat>();

/** `2026-11-22` → `22 novembre 2026`; `—` when absent. */
export function frDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

/** The Paris calendar day of an instant: `22 novembre 2026`. */
export const frDay = (at: Date) => longDateParis.format(at);

/** An instant as `22 novembre 2026 à 14:05`, Paris time. */
export function frDateTime(at: Date): string {
  return `${frDay(at)} à ${timeParis.format(at)}`;
}

/** Cents → `1 234,5 €`. */
export const frMoney = (cents: number) => money.format(cents / 100);

/** Cents → `1 235 €` (tables and charts, where cents are noise). */
export const frMoneyRound = (cents: number) => moneyRound.format(cents / 100);

/** 0–100 → `45 %` (to a tenth at most); `—` when unknown. */
export function frPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : percent.format(value / 100);
}

/** A measured value with the indicator's decimals and unit: `1 234,5 t`. */
export function frNumber(value: number | null | undefined, decimals = 0, unit = ''): string {
  if (value === null || value === undefined) return '—';
  let format = numbers.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numbers.set(decimals, format);
  }
  const text = format.format(value);
  return unit ? `${text}\u202f${unit}` : text;
}

/** « text » with the narrow no-break spaces French quotes take. */
export const frQuote = (text: string) => `«\u202f${text}\u202f»`;

/** A file name safe everywhere: no accents, no spaces, no punctuation but dashes. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'rapport';
}
