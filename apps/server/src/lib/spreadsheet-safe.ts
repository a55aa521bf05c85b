/**
 * Cells for spreadsheets that will be opened by people (Excel, LibreOffice), safe against formula
 * injection (OWASP « CSV Injection »): a text that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return could be run as a formula, so it gets a leading `'`. Numbers, booleans and dates
 * are written as what they are: a negative amount stored as a number is not text and stays a number.
 * Used by every export (XLSX and CSV); imports and reports may reuse it.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text, with a leading `'` when a spreadsheet could take it for a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CellValue = string | number | boolean | Date | null | undefined;

/** Any cell value made safe: only text can carry a formula. */
export function safeCell<T extends CellValue>(value: T): T {
  return (typeof value === 'string' ? neutralizeFormula(value) : value) as T;
}

/** A row of cells made safe. */
export const safeRow = (values: CellValue[]) => values.map(safeCell);

// ---- CSV for French Excel: `;` separator, UTF-8 BOM, CRLF, decimal comma, dates JJ/MM/AAAA ----

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** 1234.5 → "1234,5": French Excel reads a decimal comma (no thousands separator, so it stays a number). */
export function frenchDecimal(value: number): string {
  return Number.isFinite(value) ? String(value).replace('.', ',') : '';
}

/** "2026-11-22" → "22/11/2026"; anything else unchanged. */
export function frenchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** One CSV field: text neutralised then quoted when it holds the separator, a quote or a line break. */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return frenchDecimal(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return frenchDate(value.toISOString());
  const text = neutralizeFormula(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its CRLF). */
export const csvLine = (values: CellValue[]) => values.map(csvField).join(CSV_SEPARATOR) + CSV_NEWLINE;
