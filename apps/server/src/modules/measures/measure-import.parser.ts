import type { ImportProblem } from '@pilotis/shared';
import { fileTypeFromBuffer } from 'file-type';
import { IMPORT_COLUMNS, locateColumns, tableItems, type ColumnSpec, type Field, type TableItems } from './measure-import.columns.js';
import { readCsvTable, readXlsxTable, TableReadError, type Table } from './measure-import.table.js';

export type ImportFileKind = 'csv' | 'xlsx';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What the file is, from its content (a PDF renamed .csv is a PDF): XLSX by its signature, CSV
 * when no binary signature is found and there is no NUL byte. Anything else: null.
 */
export async function detectImportFileKind(bytes: Uint8Array): Promise<ImportFileKind | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime === XLSX_MIME ? 'xlsx' : null;
  return bytes.includes(0) ? null : 'csv';
}

export async function readTable(bytes: Uint8Array, kind: ImportFileKind): Promise<Table> {
  return kind === 'xlsx' ? readXlsxTable(bytes) : readCsvTable(bytes);
}

export interface ParsedImport extends TableItems {
  /** Problems of the file itself (unreadable, missing columns): nothing else can be checked. */
  problems: ImportProblem[];
  /** Each field's header as written in the file, to name the column of a problem. */
  columnNames: Partial<Record<Field, string>>;
}

/** File → measure items with their lines, columns found by their headers. */
export async function parseMeasureFile(
  bytes: Uint8Array,
  kind: ImportFileKind,
  options: { columns?: Partial<ColumnSpec>; indicatorId?: string } = {},
): Promise<ParsedImport> {
  let table: Table;
  try {
    table = await readTable(bytes, kind);
  } catch (error) {
    if (error instanceof TableReadError) return { items: [], lines: [], columnNames: {}, problems: [{ line: error.line, message: error.message }] };
    throw error;
  }
  if (table.header.length === 0) return { items: [], lines: [], columnNames: {}, problems: [{ line: 1, message: 'Le fichier ne contient aucune ligne' }] };
  const columns = locateColumns(table.header, options.columns ?? IMPORT_COLUMNS);
  if (columns.missing.length > 0) {
    return { items: [], lines: [], columnNames: columns.name, problems: columns.missing.map((message) => ({ line: table.headerLine, message })) };
  }
  return { ...tableItems(table, columns, { indicatorId: options.indicatorId }), problems: [], columnNames: columns.name };
}
