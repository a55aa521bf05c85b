import type { RawMeasureItem } from './measure-write.service.js';
import type { Cell, Table } from './measure-import.table.js';

export type Field = 'code' | 'period' | 'value' | 'comment';
/** Accepted headers per field, already normalised (see normalizeHeader). */
export type ColumnSpec = Record<Field, string[]>;

/** What people title their columns, in French and English. */
export const IMPORT_COLUMNS: ColumnSpec = {
  code: ['code', 'indicateur', 'code indicateur', 'code de l indicateur', 'indicator', 'indicator code'],
  period: ['periode', 'period'],
  value: ['valeur', 'value', 'mesure'],
  comment: ['commentaire', 'commentaires', 'comment', 'comments'],
};
const REQUIRED: Field[] = ['code', 'period', 'value'];
const LABEL: Record<Field, string> = { code: 'code indicateur', period: 'période', value: 'valeur', comment: 'commentaire' };

/** « Code Indicateur », "code_indicateur " and "CODE-INDICATEUR" are one header. */
export const normalizeHeader = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface LocatedColumns {
  index: Partial<Record<Field, number>>;
  /** Header text as written in the file, to name the column in problems. */
  name: Partial<Record<Field, string>>;
  missing: string[];
}

/** Where each field is; `code` may be absent from the spec (a connector feeding one indicator). */
export function locateColumns(header: string[], spec: Partial<ColumnSpec>): LocatedColumns {
  const normalized = header.map(normalizeHeader);
  const located: LocatedColumns = { index: {}, name: {}, missing: [] };
  for (const field of Object.keys(LABEL) as Field[]) {
    const accepted = spec[field];
    if (!accepted) continue;
    const i = normalized.findIndex((h) => accepted.map(normalizeHeader).includes(h));
    if (i >= 0) {
      located.index[field] = i;
      located.name[field] = header[i];
    } else if (REQUIRED.includes(field)) {
      located.missing.push(`Colonne « ${accepted[0]} » (${LABEL[field]}) introuvable ; en-têtes lus : ${header.filter(Boolean).join(', ') || 'aucun'}`);
    }
  }
  return located;
}

export interface TableItems {
  items: RawMeasureItem[];
  /** items[i] came from line lines[i]. */
  lines: number[];
}

/** Rows as measure items; `indicatorId` when every row is for one indicator (no code column). */
export function tableItems(table: Table, columns: LocatedColumns, options: { indicatorId?: string } = {}): TableItems {
  const items: RawMeasureItem[] = [];
  const lines: number[] = [];
  const at = (cells: Cell[], field: Field) => (columns.index[field] === undefined ? null : (cells[columns.index[field]!] ?? null));
  for (const row of table.rows) {
    const comment = at(row.cells, 'comment');
    items.push({
      index: items.length,
      ...(options.indicatorId ? { indicatorId: options.indicatorId } : { code: textOf(at(row.cells, 'code')) }),
      period: periodText(at(row.cells, 'period')),
      value: valueOf(at(row.cells, 'value')),
      ...(comment === null || comment === '' ? {} : { comment: textOf(comment) }),
    });
    lines.push(row.line);
  }
  return { items, lines };
}

const textOf = (cell: Cell) => (cell === null ? '' : cell instanceof Date ? isoDate(cell) : String(cell).trim());
const valueOf = (cell: Cell): string | number | null => (cell instanceof Date ? isoDate(cell) : cell);

/**
 * A period cell: text as written; a year typed as a number; an Excel date (a real date cell, or
 * the serial number of one that lost its format) stands for the period containing it.
 */
export function periodText(cell: Cell): string {
  if (cell instanceof Date) return isoDate(cell);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return String(cell);
    if (cell > 20_000 && cell < 80_000) return isoDate(excelSerialDate(cell));
  }
  return textOf(cell);
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const excelSerialDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
/** exceljs gives dates at midnight UTC of the day shown in the sheet. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
