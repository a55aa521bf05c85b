import type { Writable } from 'node:stream';
import type { ExportedIndicator, PlanExportDocument, PlanTreeNode, Rollup } from '@pilotis/shared';
import { safeCell } from '../../lib/spreadsheet-safe.js';
import { actionColumns, flatActions, LABELS, unitName, yesNo, type Column, type ColumnKind, type FlatAction } from './plan-export.columns.js';
import { writeXlsx, type XlsxCell, type XlsxSheet, type XlsxStyle } from './xlsx-stream.js';

/** Cell style of each kind of column: dates as real dates, money in euros, percentages as whole numbers. */
const STYLE: Record<ColumnKind, XlsxStyle> = { text: 'text', longText: 'text', date: 'date', euros: 'euros', percent: 'integer', number: 'number' };

/** "2026-11-22" → a date cell (UTC midnight: spreadsheet days are counted in UTC, so the day stays the same). */
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function cellOf(kind: ColumnKind, value: string | number | null): XlsxCell {
  if (value === null || value === '') return null;
  if (kind === 'date') return asDate(String(value));
  // Only text can carry a formula: numbers are written as numbers, negative or not.
  return safeCell(value);
}

/** One sheet: bold frozen header, autofilter, widths and a cell style per column (xlsx-stream.ts). */
function sheet<T>(name: string, columns: Column<T>[], rows: T[]): XlsxSheet {
  return {
    name,
    columns: columns.map((c) => ({ header: c.header, width: c.width, style: STYLE[c.kind] })),
    rows: rows.map((row) => columns.map((c) => cellOf(c.kind, c.value(row)))),
  };
}

export interface WorkbookInput {
  document: PlanExportDocument;
  /** The plan's tree with roll-ups (as the plan page shows it) and the plan's own roll-up. */
  tree: { nodes: PlanTreeNode[]; rollup: Rollup };
  /** id → names path of org units, for the tree's lead units. */
  unitPaths: Map<string, string[]>;
  today: string;
  /** With the « Journal » sheet (the rows must then have been read with the log). */
  withLog: boolean;
}

/** The plan as an XLSX workbook written to `out` (the reply's stream), one sheet per part. */
export async function writePlanWorkbook(out: Writable, input: WorkbookInput) {
  const { document, today } = input;
  const people = new Map(document.people.map((p) => [p.email, p.name]));
  const name = (email: string | null) => (email ? (people.get(email) ?? email) : null);
  const actions = flatActions(document, today);
  await writeXlsx(out, [
    sheet('Arborescence', treeColumns(input.unitPaths), [{ plan: document.plan.name, rollup: input.tree.rollup }, ...input.tree.nodes]),
    sheet('Actions', actionColumns(people), actions),
    sheet('Budgets', budgetColumns, actions.flatMap((a) => a.fiche.budget.map((line) => ({ a, line })))),
    sheet('Jalons', milestoneColumns(today), actions.flatMap((a) => a.fiche.milestones.map((m) => ({ a, m })))),
    sheet('Tâches', taskColumns(name), actions.flatMap((a) => a.fiche.tasks.map((t) => ({ a, t })))),
    ...(input.withLog ? [sheet('Journal', logColumns(name), actions.flatMap((a) => a.fiche.log.map((l) => ({ a, l }))))] : []),
    sheet('Indicateurs', indicatorColumns(name), document.indicators),
    sheet('Mesures', measureColumns(name), document.indicators.flatMap(measureLines)),
  ]);
}

type TreeLine = PlanTreeNode | { plan: string; rollup: Rollup };
const rollupOf = (line: TreeLine): Rollup => ('plan' in line ? line.rollup : line);

function treeColumns(unitPaths: Map<string, string[]>): Column<TreeLine>[] {
  const node = (line: TreeLine) => ('plan' in line ? null : line);
  const count = (pick: (r: Rollup) => number) => (line: TreeLine) => pick(rollupOf(line));
  return [
    { header: 'Code', kind: 'text', width: 10, value: (l) => node(l)?.code ?? '' },
    { header: 'Niveau', kind: 'text', width: 20, value: (l) => node(l)?.levelName ?? 'Plan' },
    { header: 'Intitulé', kind: 'text', width: 50, value: (l) => ('plan' in l ? l.plan : l.title) },
    { header: 'Description', kind: 'longText', width: 50, value: (l) => node(l)?.description ?? '' },
    { header: 'Unité pilote', kind: 'text', width: 30, value: (l) => unitName(unitPaths.get(node(l)?.leadOrgUnitId ?? '') ?? null) },
    { header: 'Avancement (%)', kind: 'percent', width: 12, value: (l) => rollupOf(l).progress },
    { header: 'Fiches', kind: 'number', width: 8, value: count((r) => r.actionCount) },
    { header: 'En retard', kind: 'number', width: 9, value: count((r) => r.lateCount) },
    { header: 'À lancer', kind: 'number', width: 9, value: count((r) => r.byCategory.not_started) },
    { header: 'En cours', kind: 'number', width: 9, value: count((r) => r.byCategory.in_progress) },
    { header: 'Terminées', kind: 'number', width: 9, value: count((r) => r.byCategory.done) },
    { header: 'Arrêtées', kind: 'number', width: 9, value: count((r) => r.byCategory.stopped) },
    { header: 'Budget voté (€)', kind: 'euros', width: 16, value: count((r) => r.budget.plannedCents / 100) },
    { header: 'Budget engagé (€)', kind: 'euros', width: 16, value: count((r) => r.budget.committedCents / 100) },
    { header: 'Budget mandaté (€)', kind: 'euros', width: 16, value: count((r) => r.budget.spentCents / 100) },
  ];
}

const ficheColumns = <T extends { a: FlatAction }>(): Column<T>[] => [
  { header: 'Code de la fiche', kind: 'text', width: 12, value: (r) => r.a.fiche.code },
  { header: 'Fiche', kind: 'text', width: 40, value: (r) => r.a.fiche.title },
];

type BudgetLine = { a: FlatAction; line: FlatAction['fiche']['budget'][number] };
const budgetColumns: Column<BudgetLine>[] = [
  ...ficheColumns<BudgetLine>(),
  { header: 'Année', kind: 'number', width: 8, value: (r) => r.line.year },
  { header: 'Nature', kind: 'text', width: 16, value: (r) => LABELS.nature[r.line.nature] },
  { header: 'Voté (€)', kind: 'euros', width: 16, value: (r) => r.line.plannedCents / 100 },
  { header: 'Engagé (€)', kind: 'euros', width: 16, value: (r) => r.line.committedCents / 100 },
  { header: 'Mandaté (€)', kind: 'euros', width: 16, value: (r) => r.line.spentCents / 100 },
];

type MilestoneLine = { a: FlatAction; m: FlatAction['fiche']['milestones'][number] };
const milestoneColumns = (today: string): Column<MilestoneLine>[] => [
  ...ficheColumns<MilestoneLine>(),
  { header: 'Jalon', kind: 'text', width: 40, value: (r) => r.m.title },
  { header: 'Échéance', kind: 'date', width: 12, value: (r) => r.m.dueOn },
  { header: 'Atteint le', kind: 'date', width: 12, value: (r) => r.m.doneOn },
  { header: 'En retard', kind: 'text', width: 9, value: (r) => yesNo(!r.m.doneOn && !!r.m.dueOn && r.m.dueOn < today) },
];

type TaskLine = { a: FlatAction; t: FlatAction['fiche']['tasks'][number] };
const taskColumns = (name: (email: string | null) => string | null): Column<TaskLine>[] => [
  ...ficheColumns<TaskLine>(),
  { header: 'Tâche', kind: 'text', width: 40, value: (r) => r.t.title },
  { header: 'Assignée à', kind: 'text', width: 22, value: (r) => name(r.t.assignee) },
  { header: 'E-mail', kind: 'text', width: 28, value: (r) => r.t.assignee },
  { header: 'Échéance', kind: 'date', width: 12, value: (r) => r.t.dueOn },
  { header: 'Faite', kind: 'text', width: 8, value: (r) => yesNo(r.t.done) },
];

type LogLine = { a: FlatAction; l: FlatAction['fiche']['log'][number] };
const logColumns = (name: (email: string | null) => string | null): Column<LogLine>[] => [
  ...ficheColumns<LogLine>(),
  { header: 'Date', kind: 'date', width: 12, value: (r) => r.l.occurredOn },
  { header: 'Auteur', kind: 'text', width: 22, value: (r) => name(r.l.author) },
  { header: 'E-mail', kind: 'text', width: 28, value: (r) => r.l.author },
  { header: 'Point d’avancement', kind: 'longText', width: 80, value: (r) => r.l.body },
];

const indicatorColumns = (name: (email: string | null) => string | null): Column<ExportedIndicator>[] => [
  { header: 'Code', kind: 'text', width: 12, value: (i) => i.code },
  { header: 'Nom', kind: 'text', width: 40, value: (i) => i.name },
  { header: 'Unité de mesure', kind: 'text', width: 12, value: (i) => i.unit },
  { header: 'Sens', kind: 'text', width: 24, value: (i) => LABELS.direction[i.direction] },
  { header: 'Périodicité', kind: 'text', width: 14, value: (i) => LABELS.periodicity[i.periodicity] },
  { header: 'Type', kind: 'text', width: 10, value: (i) => LABELS.kind[i.kind] },
  { header: 'Unité propriétaire', kind: 'text', width: 30, value: (i) => unitName(i.ownerOrgUnit) },
  { header: 'Pilotes', kind: 'text', width: 28, value: (i) => i.pilots.map((p) => name(p)).join(', ') },
  { header: 'Source', kind: 'text', width: 24, value: (i) => i.source },
  { header: 'Méthode', kind: 'longText', width: 30, value: (i) => i.method },
  { header: 'Visibilité', kind: 'text', width: 18, value: (i) => LABELS.visibility[i.visibility] },
  { header: 'Période de référence', kind: 'text', width: 12, value: (i) => i.baselinePeriod },
  { header: 'Valeur de référence', kind: 'number', width: 12, value: (i) => i.baselineValue },
  { header: 'Formule', kind: 'text', width: 24, value: (i) => i.formula },
  { header: 'Nœuds liés', kind: 'text', width: 16, value: (i) => i.nodes.join(', ') },
  { header: 'Fiches liées', kind: 'text', width: 16, value: (i) => i.actions.join(', ') },
];

type MeasureLine = { i: ExportedIndicator; period: string; m: ExportedIndicator['measures'][number] | null; target: ExportedIndicator['targets'][number] | null };
/** One line per period with a measure or a target, in period order. */
function measureLines(i: ExportedIndicator): MeasureLine[] {
  const targets = new Map(i.targets.map((t) => [t.period, t]));
  const measures = new Map(i.measures.map((m) => [m.period, m]));
  const periods = [...new Set([...measures.keys(), ...targets.keys()])].sort();
  return periods.map((period) => ({ i, period, m: measures.get(period) ?? null, target: targets.get(period) ?? null }));
}

const measureColumns = (name: (email: string | null) => string | null): Column<MeasureLine>[] => [
  { header: 'Code indicateur', kind: 'text', width: 12, value: (r) => r.i.code },
  { header: 'Indicateur', kind: 'text', width: 40, value: (r) => r.i.name },
  { header: 'Période', kind: 'text', width: 10, value: (r) => r.period },
  { header: 'Valeur', kind: 'number', width: 12, value: (r) => r.m?.value ?? null },
  { header: 'Cible', kind: 'number', width: 12, value: (r) => r.target?.value ?? null },
  { header: 'Cible haute', kind: 'number', width: 12, value: (r) => r.target?.valueMax ?? null },
  { header: 'Unité de mesure', kind: 'text', width: 12, value: (r) => r.i.unit },
  { header: 'État', kind: 'text', width: 10, value: (r) => (r.m ? LABELS.measureState[r.m.state] : null) },
  { header: 'Commentaire', kind: 'longText', width: 40, value: (r) => r.m?.comment ?? null },
  { header: 'Origine', kind: 'text', width: 16, value: (r) => (r.m ? LABELS.measureSource[r.m.source] : null) },
  { header: 'Saisie par', kind: 'text', width: 22, value: (r) => name(r.m?.enteredBy ?? null) },
];
