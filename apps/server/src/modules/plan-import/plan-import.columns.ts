/**
 * Which column is which: headers are compared without case, accents or punctuation, against what
 * the Pilotis template writes, what Territoires en Transitions (ADEME) writes, and the usual
 * variants. Level columns are the named columns left of the action title that are no known field.
 */
import type { PlanImportTemplateKind } from '@pilotis/shared';
import { AppError } from '../../http/errors.js';
import type { Grid, SheetRow } from './plan-import.sheet.js';
import { cellText, fold } from './plan-import.values.js';

export const ACTION_FIELDS = {
  code: ['Code', 'Code action', 'Code de l’action', 'N°', 'Numéro', 'Référence', 'Ref'],
  title: ['Titre de l’action', 'Action', 'Intitulé de l’action', 'Titre', 'Intitulé', 'Nom de l’action', 'Fiche action'],
  subTitle: ['Titre de la sous-action', 'Sous-action', 'Intitulé de la sous-action'],
  description: ['Description', 'Descriptif'],
  objectives: ['Objectifs', 'Objectifs de l’action'],
  expectedResults: ['Résultats attendus'],
  pilot: ['Pilote', 'Personne pilote', 'Pilote de l’action', 'Responsable', 'Chef de projet'],
  copilots: ['Co-pilotes', 'Co-pilote', 'Copilotes'],
  elu: ['Élu référent', 'Élu·e référent·e', 'Élue référente', 'Élu', 'Élu(e) référent(e)'],
  orgUnit: ['Direction / service', 'Direction ou service pilote', 'Direction', 'Service', 'Service pilote', 'Direction pilote'],
  structure: ['Structure pilote'],
  partners: ['Partenaires'],
  status: ['Statut', 'État', 'Etat d’avancement'],
  weather: ['Météo'],
  progress: ['Avancement (%)', 'Avancement', '% avancement', 'Taux d’avancement'],
  startsOn: ['Date de début', 'Début', 'Date début', 'Démarrage'],
  endsOn: ['Date de fin', 'Fin', 'Date fin', 'Échéance'],
  priority: ['Priorité', 'Niveau de priorité'],
  flagship: ['Projet phare', 'Action phare', 'Phare'],
  tags: ['Étiquettes', 'Tags', 'Mots-clés'],
  indicators: ['Indicateurs liés', 'Indicateurs', 'Indicateurs de suivi'],
  budgetTotal: ['Budget prévisionnel total € HT', 'Budget prévisionnel total', 'Budget prévisionnel', 'Budget prévu (€)'],
} as const;
export type ActionField = keyof typeof ACTION_FIELDS;

export const BUDGET_FIELDS = {
  code: ['Code action', 'Code'],
  line: ['Ligne', 'Ligne de l’action'],
  year: ['Année', 'Exercice'],
  nature: ['Nature'],
  planned: ['Prévu (€)', 'Prévu', 'Voté (€)', 'Voté', 'Budget prévu'],
  committed: ['Engagé (€)', 'Engagé'],
  spent: ['Mandaté (€)', 'Mandaté', 'Dépensé (€)', 'Dépensé', 'Réalisé (€)'],
} as const;
export type BudgetField = keyof typeof BUDGET_FIELDS;

const lookup = <F extends string>(spec: Record<F, readonly string[]>) => {
  const map = new Map<string, F>();
  for (const [field, names] of Object.entries(spec) as [F, readonly string[]][]) for (const name of names) map.set(fold(name), field);
  return map;
};
const ACTION_LOOKUP = lookup(ACTION_FIELDS);
const BUDGET_LOOKUP = lookup(BUDGET_FIELDS);

export interface Funder {
  name: number;
  amount: number | null;
}
export interface ActionColumns {
  index: Partial<Record<ActionField, number>>;
  /** Header text as written, by column index, to name columns in problems. */
  header: string[];
  levels: number[];
  funders: Funder[];
  /** Other named columns: their text goes to the description under the header. */
  extra: number[];
}
export interface LocatedSheet<C> {
  grid: Grid;
  headerLine: number;
  columns: C;
  rows: SheetRow[];
}

/** The header row: among the first rows, the one naming the most known fields (it may not be line 1). */
function findHeaderRow<F extends string>(grid: Grid, known: Map<string, F>, required: F) {
  let best: { position: number; score: number } | null = null;
  grid.rows.slice(0, 30).forEach((row, position) => {
    const fields = row.cells.map((cell) => known.get(fold(cellText(cell))));
    if (!fields.includes(required)) return;
    // Known headers count most; other filled cells (level names) break ties with a lone « Action » cell.
    const score = new Set(fields.filter(Boolean)).size * 10 + row.cells.filter((cell) => cellText(cell)).length;
    if (!best || score > best.score) best = { position, score };
  });
  return best as { position: number; score: number } | null;
}

const headersOf = (row: SheetRow) => row.cells.map((cell) => cellText(cell));

/** The sheet of actions and its columns; 422 naming the missing column when there is none. */
export function locateActionSheet(grids: Grid[]): LocatedSheet<ActionColumns> {
  const candidates = grids
    .map((grid) => ({ grid, found: findHeaderRow(grid, ACTION_LOOKUP, 'title') }))
    .filter((c) => c.found && c.found.score >= 12) as { grid: Grid; found: { position: number; score: number } }[];
  const chosen = candidates.sort((a, b) => b.found.score - a.found.score || b.grid.rows.length - a.grid.rows.length)[0];
  if (!chosen) {
    const first = grids.find((grid) => grid.rows.length > 0);
    const read = first ? headersOf(first.rows[0]!).filter(Boolean).join(', ') : '';
    throw new AppError(422, 'validation_failed', `Colonne « Titre de l’action » introuvable ; en-têtes lus : ${read || 'aucun'}`);
  }
  const headerRow = chosen.grid.rows[chosen.found.position]!;
  const columns = actionColumns(headersOf(headerRow));
  if (columns.levels.length === 0) {
    throw new AppError(
      422,
      'validation_failed',
      'Colonne « Axe » (premier niveau du plan) introuvable : placez une colonne par niveau (Axe, Objectif…) à gauche du titre de l’action',
    );
  }
  if (columns.levels.length > 8) throw new AppError(422, 'validation_failed', `${columns.levels.length} colonnes de niveaux avant le titre de l’action : 8 au plus`);
  return { grid: chosen.grid, headerLine: headerRow.line, columns, rows: chosen.grid.rows.slice(chosen.found.position + 1) };
}

export function actionColumns(header: string[]): ActionColumns {
  const index: Partial<Record<ActionField, number>> = {};
  const used = new Set<number>();
  header.forEach((text, i) => {
    const field = ACTION_LOOKUP.get(fold(text));
    if (field && index[field] === undefined) {
      index[field] = i;
      used.add(i);
    }
  });
  const funders = funderColumns(header, used);
  const titleAt = index.title!;
  const levels: number[] = [];
  const extra: number[] = [];
  header.forEach((text, i) => {
    if (used.has(i) || !text) return;
    if (i < titleAt) levels.push(i);
    else extra.push(i);
  });
  return { index, header, levels, funders, extra };
}

/** « Financeur 1 », then its « Montant € HT » right after it (TeT repeats the same amount header). */
function funderColumns(header: string[], used: Set<number>): Funder[] {
  const funders: Funder[] = [];
  header.forEach((text, i) => {
    if (!/^financeur( \d+)?$/.test(fold(text))) return;
    const next = header[i + 1];
    const amount = next !== undefined && fold(next).startsWith('montant') ? i + 1 : null;
    funders.push({ name: i, amount });
    used.add(i);
    if (amount !== null) used.add(amount);
  });
  return funders;
}

export function templateKindOf(columns: ActionColumns): PlanImportTemplateKind {
  const folded = columns.header.map(fold);
  const tetOnly = ['titre de la sous action', 'personne pilote', 'direction ou service pilote', 'structure pilote', 'sous axe', 'budget previsionnel total ht'];
  return folded.includes('titre de l action') && tetOnly.filter((h) => folded.includes(h)).length >= 2 ? 'tet' : 'pilotis';
}

/** The optional budget sheet: a header with a year, an amount, and the action's code or line. */
export function locateBudgetSheet(grids: Grid[], actionGrid: Grid): LocatedSheet<Partial<Record<BudgetField, number>>> | null {
  for (const grid of grids) {
    if (grid === actionGrid) continue;
    const found = findHeaderRow(grid, BUDGET_LOOKUP, 'year');
    if (!found) continue;
    const headerRow = grid.rows[found.position]!;
    const index: Partial<Record<BudgetField, number>> = {};
    headersOf(headerRow).forEach((text, i) => {
      const field = BUDGET_LOOKUP.get(fold(text));
      if (field && index[field] === undefined) index[field] = i;
    });
    if (index.code === undefined && index.line === undefined) continue;
    return { grid, headerLine: headerRow.line, columns: index, rows: grid.rows.slice(found.position + 1) };
  }
  return null;
}
