/**
 * Cell values as people type them in French spreadsheets, read into what Pilotis stores. Each
 * reader returns `{ value }` or `{ error }` (a French sentence for the problems table); an empty
 * cell is `{ value: null }`.
 */
import type { ActionPriority, Weather } from '@pilotis/shared';
import { normalizeHeader } from '../measures/measure-import.columns.js';
import type { Cell } from '../measures/measure-import.table.js';

export type { Cell };
export type Read<T> = { value: T | null; error?: undefined } | { value?: undefined; error: string };

const ok = <T>(value: T | null): Read<T> => ({ value });
const fail = <T>(error: string): Read<T> => ({ error });

const folded = new Map<string, string>();

/**
 * Lower case, no accents, no punctuation, single spaces (the measure import's normalizeHeader):
 * « Élu·e référent·e » = "elu e referent e".
 * Remembered: a 6,000-row sheet repeats the same axes, statuses and people thousands of times.
 */
export function fold(text: string): string {
  let value = folded.get(text);
  if (value === undefined) {
    value = normalizeHeader(text);
    if (folded.size > 100_000) folded.clear();
    folded.set(text, value);
  }
  return value;
}

/** Text of a cell: spaces of every kind (NBSP, narrow NBSP, tabs) collapsed, ends trimmed. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOf(cell);
  return String(cell)
    .replace(/[\u00a0\u202f\u2007\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A list in one cell: « Marie Curie ; Paul Durand, Jean Moulin ». */
export const splitList = (text: string) =>
  text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const fromSerial = (serial: number) => new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const MONTHS_SHORT = ['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'];

/**
 * A date: a date cell, an Excel serial number, « 22/11/2026 », « 22/11/26 », « 2026-11-22 »,
 * « 22.11.2026 », or a month or year alone (« novembre 2026 », « 2026 ») — then the first day for
 * a start and the last day for an end, since that is what the person meant.
 */
export function readDate(cell: Cell, bound: 'start' | 'end'): Read<string> {
  if (cell === null) return ok(null);
  if (cell instanceof Date) return ok(isoOf(cell));
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return ok(yearBound(cell, bound));
    if (cell > 10_000 && cell < 80_000) return ok(isoOf(fromSerial(cell)));
    return fail(`Date illisible : « ${cell} »`);
  }
  const text = cellText(cell);
  if (!text) return ok(null);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return orFail(validDate(year, Number(m[2]), Number(m[1])), text);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return orFail(validDate(Number(m[1]), Number(m[2]), Number(m[3])), text);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return orFail(monthBound(Number(m[2]), Number(m[1]), bound), text);
  if (/^\d{4}$/.test(text)) return ok(yearBound(Number(text), bound));
  if (/^\d+([.,]\d+)?$/.test(text)) return readDate(Number(text.replace(',', '.')), bound);
  const words = fold(text).replace(/\./g, ' ').split(' ').filter(Boolean);
  if (words.length === 2 && /^\d{4}$/.test(words[1]!)) {
    const month = monthIndex(words[0]!);
    if (month >= 0) return orFail(monthBound(Number(words[1]), month + 1, bound), text);
  }
  if (words.length === 3 && /^\d{1,2}$/.test(words[0]!) && /^\d{4}$/.test(words[2]!)) {
    const month = monthIndex(words[1]!);
    if (month >= 0) return orFail(validDate(Number(words[2]), month + 1, Number(words[0])), text);
  }
  return fail(`Date illisible : « ${text} » (attendu : 22/11/2026, 2026-11-22 ou « novembre 2026 »)`);
}

const monthIndex = (word: string) => {
  const full = MONTHS.indexOf(word);
  return full >= 0 ? full : MONTHS_SHORT.indexOf(word);
};
const orFail = (iso: string | null, text: string): Read<string> => (iso ? ok(iso) : fail(`Date impossible : « ${text} »`));
const yearBound = (year: number, bound: 'start' | 'end') => (bound === 'start' ? `${year}-01-01` : `${year}-12-31`);
function monthBound(year: number, month: number, bound: 'start' | 'end') {
  if (month < 1 || month > 12) return null;
  if (bound === 'start') return `${year}-${pad(month)}-01`;
  return isoOf(new Date(Date.UTC(year, month, 0)));
}

/**
 * An amount in euros → cents: a number cell, or « 1 234,50 € », « 1.234,50 », « 12 k€ »,
 * « 1,5 M€ », « 1234.5 EUR HT ». With both separators, the last one is the decimal one.
 */
export function readAmountCents(cell: Cell): Read<number> {
  if (cell === null) return ok(null);
  if (cell instanceof Date) return fail('Montant illisible : une date');
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(Math.round(cell * 100)) : fail(`Montant illisible : « ${cell} »`);
  const text = cellText(cell);
  if (!text) return ok(null);
  let rest = text.toLowerCase().replace(/\s+/g, '').replace(/(ttc|ht)$/, '');
  let factor = 1;
  const unit = /(k|m)?(€|eur|euros?)?$/.exec(rest);
  if (unit?.[0]) {
    factor = unit[1] === 'k' ? 1_000 : unit[1] === 'm' ? 1_000_000 : 1;
    rest = rest.slice(0, rest.length - unit[0].length);
  }
  rest = rest.replace(/^€/, '');
  if (!/^-?[\d.,']+$/.test(rest)) return fail(`Montant illisible : « ${text} »`);
  rest = rest.replace(/'/g, '');
  const normalized = decimalNumber(rest);
  const value = Number(normalized);
  if (!Number.isFinite(value) || normalized.split('.').length > 2) return fail(`Montant illisible : « ${text} »`);
  return ok(Math.round(value * factor * 100));
}

/**
 * « 1.234,5 » and « 1,234.5 »: with both separators the last one is the decimal one. With one kind
 * only: repeated, or a dot followed by exactly three digits (« 12.500 »), it separates thousands.
 */
function decimalNumber(text: string): string {
  const hasComma = text.includes(',');
  const hasDot = text.includes('.');
  if (hasComma && hasDot) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    return text.split(decimal === ',' ? '.' : ',').join('').replace(decimal, '.');
  }
  const separator = hasComma ? ',' : hasDot ? '.' : null;
  if (!separator) return text;
  const parts = text.split(separator);
  if (parts.length > 2 || (separator === '.' && parts[1]!.length === 3)) return parts.join('');
  return parts.join('.');
}

/** Progress in %: « 50 % », « 50 », 0.5 (a percentage cell), « 0,5 ». */
export function readProgress(cell: Cell): Read<number> {
  if (cell === null) return ok(null);
  if (cell instanceof Date) return fail('Avancement illisible : une date');
  let value: number;
  let percentSign = false;
  if (typeof cell === 'number') value = cell <= 1 ? cell * 100 : cell;
  else {
    const text = cellText(cell);
    if (!text) return ok(null);
    percentSign = text.includes('%');
    const number = Number(text.replace(/%/g, '').replace(/\s+/g, '').replace(',', '.'));
    if (!Number.isFinite(number)) return fail(`Avancement illisible : « ${text} » (attendu : 50 % ou 0,5)`);
    value = !percentSign && number > 0 && number < 1 ? number * 100 : number;
  }
  if (value < 0 || value > 100) return fail(`Avancement hors de 0 à 100 % : « ${cellText(cell)} »`);
  return ok(Math.round(value));
}

const YES = ['oui', 'o', 'x', 'vrai', 'true', 'yes', 'y', '1'];
const NO = ['non', 'n', 'faux', 'false', 'no', '0', '-'];
export function readYesNo(cell: Cell): Read<boolean> {
  const text = fold(cellText(cell));
  if (!text) return ok(null);
  if (YES.includes(text)) return ok(true);
  if (NO.includes(text)) return ok(false);
  return fail(`Oui ou Non attendu : « ${cellText(cell)} »`);
}

const PRIORITIES: Record<string, ActionPriority> = {
  haute: 'high', haut: 'high', eleve: 'high', elevee: 'high', forte: 'high', fort: 'high', prioritaire: 'high', high: 'high', '1': 'high',
  moyenne: 'normal', moyen: 'normal', normale: 'normal', normal: 'normal', medium: 'normal', '2': 'normal',
  basse: 'low', bas: 'low', faible: 'low', low: 'low', '3': 'low',
};
export function readPriority(cell: Cell): Read<ActionPriority> {
  const text = fold(cellText(cell));
  if (!text) return ok(null);
  const value = PRIORITIES[text] ?? PRIORITIES[text.replace(/^priorite /, '')];
  return value ? ok(value) : fail(`Priorité inconnue : « ${cellText(cell)} » (attendu : Haute, Normale ou Basse)`);
}

const WEATHERS: Record<string, Weather> = {
  ensoleille: 'sunny', soleil: 'sunny', beau: 'sunny', sunny: 'sunny', vert: 'sunny',
  nuageux: 'cloudy', nuage: 'cloudy', nuages: 'cloudy', cloudy: 'cloudy', orange: 'cloudy',
  orageux: 'stormy', orage: 'stormy', pluie: 'stormy', pluvieux: 'stormy', stormy: 'stormy', rouge: 'stormy',
};
export function readWeather(cell: Cell): Read<Weather> {
  const text = fold(cellText(cell));
  if (!text) return ok(null);
  const value = WEATHERS[text];
  return value ? ok(value) : fail(`Météo inconnue : « ${cellText(cell)} » (attendu : Ensoleillé, Nuageux ou Orageux)`);
}

/** A year: 2026 as a number, « 2026 », or a date cell (its year). */
export function readYear(cell: Cell): Read<number> {
  if (cell === null) return ok(null);
  if (cell instanceof Date) return ok(cell.getUTCFullYear());
  const text = cellText(cell);
  if (!text) return ok(null);
  const year = Number(text);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? ok(year) : fail(`Année illisible : « ${text} »`);
}
