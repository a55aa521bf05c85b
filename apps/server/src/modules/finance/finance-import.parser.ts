/**
 * A finance export's rows → finance lines, every bad cell reported with its line and column.
 * Cells are read as the plan import reads them (« 1 234,50 € », 22/11/2026, Excel dates).
 */
import type { BudgetNature, FinanceLineType, ImportProblem } from '@pilotis/shared';
import type { Table } from '../measures/measure-import.table.js';
import { cellText, fold, readAmountCents, readDate, readYear, type Cell } from '../plan-import/plan-import.values.js';
import { locateFinanceColumns, type FinanceColumns, type FinanceField } from './finance-import.columns.js';

export interface ParsedFinanceLine {
  line: number;
  reference: string;
  type: FinanceLineType;
  date: string;
  year: number;
  code: string;
  /** Null when the file does not say: the project's only nature, else operating. */
  nature: BudgetNature | null;
  amountCents: number;
  supplier: string;
  label: string;
}

export interface ParsedFinanceFile {
  lines: ParsedFinanceLine[];
  problems: ImportProblem[];
}

export function parseFinanceTable(table: Table): ParsedFinanceFile {
  if (table.header.length === 0) return { lines: [], problems: [{ line: 1, message: 'Le fichier ne contient aucune ligne' }] };
  const located = locateFinanceColumns(table.header);
  if (!located.columns) return { lines: [], problems: [{ line: table.headerLine, message: located.missing }] };
  const { columns } = located;
  const lines: ParsedFinanceLine[] = [];
  const problems: ImportProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const report = (field: FinanceField, message: string) => problems.push({ line: row.line, column: columns.name[field]!, message });
    const parsed = parseRow(row.cells, columns, report);
    if (!parsed) continue;
    const key = `${parsed.type}|${parsed.reference}`;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      report('reference', `Référence « ${parsed.reference} » (${typeLabel(parsed.type)}) déjà présente ligne ${first}`);
      continue;
    }
    firstLineOf.set(key, row.line);
    lines.push({ line: row.line, ...parsed });
  }
  return { lines, problems };
}

type Report = (field: FinanceField, message: string) => void;

function parseRow(cells: Cell[], columns: FinanceColumns, report: Report): Omit<ParsedFinanceLine, 'line'> | null {
  const at = (field: FinanceField) => (columns.index[field] === undefined ? null : (cells[columns.index[field]!] ?? null));
  let ok = true;
  const fail = (field: FinanceField, message: string) => {
    report(field, message);
    ok = false;
  };

  const reference = cellText(at('reference'));
  if (!reference) fail('reference', 'Référence manquante : chaque pièce doit avoir son numéro (mandat ou engagement)');
  const type = columns.index.type === undefined ? columns.impliedType : typeOf(cellText(at('type')));
  if (!type) fail('type', `Type « ${cellText(at('type'))} » inconnu : Engagement (engagé) ou Mandat (payé, mandaté)`);
  const date = readDate(at('date'), 'start');
  if (date.error !== undefined) fail('date', date.error);
  else if (date.value === null) fail('date', 'Date manquante');
  const year = columns.index.year === undefined ? { value: date.value ? Number(date.value.slice(0, 4)) : null } : readYear(at('year'));
  if (year.error !== undefined) fail('year', year.error);
  const amount = readAmountCents(at('amount'));
  if (amount.error !== undefined) fail('amount', amount.error);
  else if (amount.value === null) fail('amount', 'Montant manquant');
  else if (amount.value < 0) {
    // Cancellations and credit notes are not supported: a negative amount would silently lower
    // what was spent; the finance software's net amount of the piece is what to import.
    fail('amount', `Montant négatif refusé : « ${cellText(at('amount'))} » (les annulations et avoirs ne sont pas pris en charge : importez le montant net de la pièce)`);
  }
  const sectionText = cellText(at('section'));
  const nature = sectionText ? natureOf(sectionText) : null;
  if (sectionText && !nature) fail('section', `Section « ${sectionText} » inconnue : Investissement (I) ou Fonctionnement (F)`);
  if (!ok) return null;
  return {
    reference,
    type: type!,
    date: date.value!,
    year: year.value ?? Number(date.value!.slice(0, 4)),
    code: cellText(at('code')),
    nature,
    amountCents: amount.value!,
    supplier: cellText(at('supplier')),
    label: cellText(at('label')),
  };
}

const COMMITTED = /^(engagement|engagements|engage|engagee|engages|engagees|ej|e|commande|bon de commande|committed|commitment)$/;
const PAID = /^(mandat|mandats|mandate|mandatee|mandates|mandatement|m|paye|payee|payes|paiement|paiements|regle|paid|payment)$/;

function typeOf(text: string): FinanceLineType | null {
  const folded = fold(text);
  if (COMMITTED.test(folded)) return 'committed';
  if (PAID.test(folded)) return 'paid';
  return null;
}

function natureOf(text: string): BudgetNature | null {
  const folded = fold(text);
  if (/^(i|inv|invest|investissement|investment)$/.test(folded)) return 'investment';
  if (/^(f|fonc|fonct|fonctionnement|operating)$/.test(folded)) return 'operating';
  return null;
}

export const typeLabel = (type: FinanceLineType) => (type === 'committed' ? 'engagement' : 'mandat');
