/**
 * A workbook or a CSV as plain grids: every sheet, its non-blank rows with the line where the
 * user sees them. Merged cells give every cell of the range the range's value; formulas give
 * their last computed result (never evaluated here); hyperlinks and rich text their text.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors.js';
import { decodeCsvText } from '../measures/measure-import.table.js';
import { checkUnpackedSizes, type PlanFileKind } from './plan-import.guard.js';
import { fold, type Cell } from './plan-import.values.js';

export interface SheetRow {
  line: number;
  cells: Cell[];
}
export interface Grid {
  name: string;
  rows: SheetRow[];
}

/** Beyond this, a plan is better split (and exceljs's memory grows with every row). */
export const MAX_ROWS = 20_000;
const HELP_SHEETS = ['instructions', 'listes', 'lisez moi', 'notice', 'aide', 'mode d emploi'];

const unprocessable = (message: string) => new AppError(422, 'validation_failed', message);

export const tooManyRows = (sheet: string, rows: number) =>
  unprocessable(`La feuille « ${sheet} » a ${rows.toLocaleString('fr-FR')} lignes remplies : ${MAX_ROWS.toLocaleString('fr-FR')} au plus ; découpez le fichier`);

export async function readGrids(bytes: Uint8Array, kind: PlanFileKind): Promise<Grid[]> {
  const grids = kind === 'xlsx' ? await readWorkbook(bytes) : [readCsv(bytes)];
  for (const grid of grids) {
    if (grid.rows.length > MAX_ROWS + 100) {
      throw tooManyRows(grid.name, grid.rows.length);
    }
  }
  return grids;
}

async function readWorkbook(bytes: Uint8Array): Promise<Grid[]> {
  checkUnpackedSizes(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unprocessable('Classeur XLSX illisible ou endommagé : ouvrez-le dans Excel et enregistrez-le à nouveau');
  }
  // The template's own help and drop-down lists are no data.
  return workbook.worksheets.filter((sheet) => sheet.state !== 'veryHidden' && !HELP_SHEETS.includes(fold(sheet.name))).map(readSheet);
}

function readSheet(sheet: ExcelJS.Worksheet): Grid {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell's other cells read the master's value (exceljs does it): the axe merged
      // over ten rows applies to the ten of them.
      cells[column - 1] = toCell(cell.value);
    });
    const filled = Array.from(cells, (cell) => cell ?? null);
    if (!isBlank(filled)) rows.push({ line: row.number, cells: filled });
  });
  return { name: sheet.name, rows };
}

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if ('result' in value) return toCell((value.result ?? null) as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return toCell(value.text as ExcelJS.CellValue);
  // #N/A, #REF!…: an error is no value.
  return null;
}

const isBlank = (cells: Cell[]) => cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

/** `;` (French Excel), `,` or a tab: whichever the first lines have most of (the header may not be on line 1). */
function detectDelimiter(text: string) {
  const head = text.split(/\r?\n/, 20).join('\n').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, head.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ';';
}

function readCsv(bytes: Uint8Array): Grid {
  const text = decodeCsvText(bytes);
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || 1;
    throw unprocessable(`Fichier CSV mal formé vers la ligne ${line} : ${(error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? 'un guillemet ouvert n’est jamais fermé' : String((error as Error).message)}`);
  }
  const rows: SheetRow[] = [];
  let line = 1;
  for (const record of records) {
    if (!isBlank(record)) rows.push({ line, cells: record.map((cell) => (cell === '' ? null : cell)) });
    // A quoted value may span lines: the next record starts that many lines further.
    line += 1 + record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return { name: 'CSV', rows };
}
