import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { declaredUnpackedSize } from './measure-import.zip-guard.js';

/** A cell as files give it: CSV has only text; XLSX also numbers and dates. */
export type Cell = string | number | Date | null;
export interface TableRow {
  /** Line (CSV) or row number (XLSX) where the user finds it. */
  line: number;
  cells: Cell[];
}
export interface Table {
  header: string[];
  headerLine: number;
  rows: TableRow[];
}

export class TableReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Text of a CSV file: UTF-8 (with or without BOM) and, when the bytes are not valid UTF-8, the
 * Windows-1252 that Excel still writes on French Windows.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `;` (French Excel), `,` or a tab: whichever the header line has most of. */
export function detectDelimiter(text: string): string {
  const headerLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

export function readCsvTable(bytes: Uint8Array): Table {
  const text = decodeCsvText(bytes);
  let records: string[][];
  try {
    // Without csv-parse's `info` (it triples the time on 100,000 rows): lines are counted below.
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || 1;
    throw new TableReadError(`Fichier CSV mal formé : ${frenchCsvError(error)}`, line);
  }
  const rows: TableRow[] = [];
  let line = 1;
  for (const record of records) {
    // Every line gives a record (an empty line, a record of one empty cell); a quoted value may span lines.
    if (!isBlank(record)) rows.push({ line, cells: record.map((cell) => cell.trim()) });
    line += 1 + record.reduce((n, cell) => n + countNewlines(cell), 0);
  }
  return splitHeader(rows);
}

function countNewlines(cell: string) {
  let count = 0;
  for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) count++;
  return count;
}

function frenchCsvError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'un guillemet ouvert n’est jamais fermé';
  return error instanceof Error ? error.message : String(error);
}

/** Far above a workbook of a few hundred thousand measures; far below what would exhaust memory. */
const MAX_UNPACKED_XLSX_BYTES = 300 * 1024 * 1024;

/** The first worksheet that has data; formulas count by their last computed result. */
export async function readXlsxTable(bytes: Uint8Array): Promise<Table> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null) throw new TableReadError('Classeur XLSX illisible ou endommagé', 1);
  if (unpacked > MAX_UNPACKED_XLSX_BYTES) throw new TableReadError('Classeur trop volumineux une fois décompressé (300 Mo au plus) : enregistrez-le en CSV', 1);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableReadError('Classeur XLSX illisible ou endommagé', 1);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { header: [], headerLine: 1, rows: [] };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = xlsxCell(cell.value);
    });
    const filled = Array.from(cells, (cell) => cell ?? null);
    if (!isBlank(filled)) rows.push({ line: row.number, cells: filled });
  });
  return splitHeader(rows);
}

function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('result' in value) return xlsxCell((value.result ?? null) as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return null;
}

const isBlank = (cells: Cell[]) => cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

function splitHeader(rows: TableRow[]): Table {
  const [first, ...rest] = rows;
  if (!first) return { header: [], headerLine: 1, rows: [] };
  return { header: first.cells.map((cell) => (cell === null ? '' : String(cell))), headerLine: first.line, rows: rest };
}
