import type { PlanExportDocument } from '@pilotis/shared';
import { CSV_BOM, csvLine, frenchDate } from '../../lib/spreadsheet-safe.js';
import { actionColumns, flatActions } from './plan-export.columns.js';

/**
 * The « Actions » table as CSV for French Excel: UTF-8 BOM (so accents open right), `;` between
 * fields, CRLF, decimal comma, dates JJ/MM/AAAA, every text neutralised against formulas
 * (spreadsheet-safe.ts).
 */
export function planActionsCsv(document: PlanExportDocument, today: string): string {
  const people = new Map(document.people.map((p) => [p.email, p.name]));
  const columns = actionColumns(people);
  const lines = [csvLine(columns.map((c) => c.header))];
  for (const row of flatActions(document, today)) {
    lines.push(csvLine(columns.map((c) => {
      const value = c.value(row);
      return c.kind === 'date' && typeof value === 'string' ? frenchDate(value) : value;
    })));
  }
  return CSV_BOM + lines.join('');
}
