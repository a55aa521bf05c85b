/**
 * The « Budgets » sheet: one row per action × year × nature, the action named by its code in the
 * actions sheet (or by its line there), amounts in euros as a finance person types them.
 */
import type { BudgetNature, PlanImportProblem } from '@pilotis/shared';
import type { BudgetField, LocatedSheet } from './plan-import.columns.js';
import type { ParsedAction, ParsedBudget } from './plan-import.model.js';
import { cellText, fold, readAmountCents, readYear, type Cell } from './plan-import.values.js';

export function parseBudgetSheet(sheet: LocatedSheet<Partial<Record<BudgetField, number>>>, actions: ParsedAction[]) {
  const problems: PlanImportProblem[] = [];
  const budgets: ParsedBudget[] = [];
  const byCode = new Map(actions.filter((a) => a.code).map((a) => [fold(a.code!), a]));
  const byLine = new Map(actions.filter((a) => !a.implicit).map((a) => [a.line, a]));
  const seen = new Map<string, number>();
  const header = (field: BudgetField) => {
    const i = sheet.columns[field];
    return i === undefined ? '' : cellText(sheet.grid.rows.find((r) => r.line === sheet.headerLine)?.cells[i] ?? null);
  };
  const problem = (line: number, field: BudgetField, message: string) =>
    problems.push({ severity: 'error', sheet: sheet.grid.name, line, ...(header(field) ? { column: header(field) } : {}), message });
  const cell = (cells: Cell[], field: BudgetField) => {
    const i = sheet.columns[field];
    return i === undefined ? null : (cells[i] ?? null);
  };

  for (const row of sheet.rows) {
    const code = cellText(cell(row.cells, 'code'));
    const lineText = cellText(cell(row.cells, 'line'));
    const action = code ? byCode.get(fold(code)) : lineText ? byLine.get(Number(lineText)) : undefined;
    if (!action) {
      if (code || lineText) problem(row.line, code ? 'code' : 'line', code ? `Aucune action de code « ${code} »` : `Aucune action à la ligne ${lineText} de la feuille des actions`);
      else problem(row.line, sheet.columns.code !== undefined ? 'code' : 'line', 'Ligne de budget sans action (code ou ligne)');
      continue;
    }
    const year = readYear(cell(row.cells, 'year'));
    if (year.error !== undefined || year.value === null) {
      problem(row.line, 'year', year.error ?? 'Année manquante');
      continue;
    }
    const nature = natureOf(cellText(cell(row.cells, 'nature')));
    if (!nature) {
      problem(row.line, 'nature', `Nature « ${cellText(cell(row.cells, 'nature'))} » inconnue : Investissement ou Fonctionnement`);
      continue;
    }
    const amounts = { plannedCents: 0, committedCents: 0, spentCents: 0 };
    let readable = true;
    for (const [field, key] of [['planned', 'plannedCents'], ['committed', 'committedCents'], ['spent', 'spentCents']] as const) {
      const read = readAmountCents(cell(row.cells, field));
      if (read.error !== undefined) {
        problem(row.line, field, read.error);
        readable = false;
      } else amounts[key] = read.value ?? 0;
    }
    if (!readable) continue;
    const key = `${action.key}|${year.value}|${nature}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(row.line, 'year', `Budget ${year.value} (${nature === 'investment' ? 'investissement' : 'fonctionnement'}) de cette action déjà donné ligne ${first}`);
      continue;
    }
    seen.set(key, row.line);
    budgets.push({ line: row.line, actionKey: action.key, year: year.value, nature, ...amounts });
  }
  return { budgets, problems };
}

function natureOf(text: string): BudgetNature | null {
  const folded = fold(text);
  if (/^(invest|inv$|i$)/.test(folded)) return 'investment';
  if (/^(fonct|fonc$|f$|operat)/.test(folded)) return 'operating';
  return null;
}
