/**
 * The sheet of actions → the plan's tree, its fiches and sub-actions, every problem with its
 * sheet, line and column. Nothing is matched against the database here (see plan-import.resolve).
 */
import type { PlanImportProblem } from '@pilotis/shared';
import { locateActionSheet, locateBudgetSheet, templateKindOf, type ActionColumns, type ActionField, type LocatedSheet } from './plan-import.columns.js';
import { parseBudgetSheet } from './plan-import.budget.js';
import { emptyAction, type Located, type ParsedAction, type ParsedNode, type ParsedPlan } from './plan-import.model.js';
import { MAX_ROWS, tooManyRows, type Grid, type SheetRow } from './plan-import.sheet.js';
import {
  cellText,
  fold,
  readAmountCents,
  readDate,
  readPriority,
  readProgress,
  readWeather,
  readYesNo,
  splitList,
  type Cell,
  type Read,
} from './plan-import.values.js';

const SEP = '\u0000';

export function parsePlanGrids(grids: Grid[]): ParsedPlan {
  const sheet = locateActionSheet(grids);
  if (sheet.rows.length > MAX_ROWS) throw tooManyRows(sheet.grid.name, sheet.rows.length);
  const state = new ParseState(sheet);
  for (const row of sheet.rows) state.readRow(row);
  const plan = state.result();
  const budgetSheet = locateBudgetSheet(grids, sheet.grid);
  if (budgetSheet) {
    const budgets = parseBudgetSheet(budgetSheet, plan.actions);
    plan.budgets = budgets.budgets;
    plan.problems.push(...budgets.problems);
  }
  return plan;
}

class ParseState {
  readonly nodes = new Map<string, ParsedNode>();
  readonly actions = new Map<string, ParsedAction>();
  readonly codes = new Map<string, number>();
  readonly problems: PlanImportProblem[] = [];
  readonly childCount = new Map<string, number>();
  previousLevels: string[] = [];
  previous: { nodeKey: string; title: string } | null = null;
  previousPath: string | null = null;
  previousNode: string | null = null;

  constructor(readonly sheet: LocatedSheet<ActionColumns>) {}

  private get columns() {
    return this.sheet.columns;
  }

  private column(field: ActionField) {
    const i = this.columns.index[field];
    return i === undefined ? '' : this.columns.header[i]!;
  }

  problem(line: number, column: string, message: string, severity: 'error' | 'warning' = 'error') {
    this.problems.push({ severity, sheet: this.sheet.grid.name, line, ...(column ? { column } : {}), message });
  }

  private cell(row: SheetRow, field: ActionField): Cell {
    const i = this.columns.index[field];
    return i === undefined ? null : (row.cells[i] ?? null);
  }

  private text(row: SheetRow, field: ActionField) {
    return cellText(this.cell(row, field));
  }

  /**
   * Level cells left blank take the value above (a merged axe, or an axe written once for its
   * block), as long as the levels to their left are those of the row above: a new axe does not
   * inherit the previous axe's objective.
   */
  private levelsOf(row: SheetRow): string[] {
    let carrying = true;
    const levels = this.columns.levels.map((i, k) => {
      const value = cellText(row.cells[i] ?? null);
      if (value) {
        if (value !== this.previousLevels[k]) carrying = false;
        return value;
      }
      return carrying ? (this.previousLevels[k] ?? '') : '';
    });
    this.previousLevels = levels;
    return levels;
  }

  /** The node of a path of titles (created on first sight); null, with a problem, when the path has a hole. */
  private nodeOf(levels: string[], line: number): string | null {
    // Rows of one block share their path: found once per block.
    const path = levels.join(SEP);
    if (path === this.previousPath) return this.previousNode;
    const node = this.findNode(levels, line);
    // A path with a hole is reported on each of its rows: not remembered.
    this.previousPath = node === null ? null : path;
    this.previousNode = node;
    return node;
  }

  private findNode(levels: string[], line: number): string | null {
    let depth = levels.length;
    while (depth > 0 && !levels[depth - 1]) depth--;
    const hole = levels.slice(0, depth).findIndex((title) => !title);
    if (hole >= 0) {
      this.problem(line, this.columns.header[this.columns.levels[hole]!]!, `Niveau « ${this.columns.header[this.columns.levels[hole]!]} » vide alors qu’un niveau plus fin est rempli`);
      return null;
    }
    let parentKey: string | null = null;
    for (let d = 0; d < depth; d++) {
      const key: string = parentKey === null ? fold(levels[d]!) : `${parentKey}${SEP}${fold(levels[d]!)}`;
      if (!this.nodes.has(key)) {
        const position = this.nextPosition(`node${SEP}${parentKey ?? ''}`);
        this.nodes.set(key, { key, parentKey, title: levels[d]!.slice(0, 300), depth: d, position, line });
      }
      parentKey = key;
    }
    return parentKey;
  }

  private nextPosition(scope: string) {
    const n = this.childCount.get(scope) ?? 0;
    this.childCount.set(scope, n + 1);
    return n;
  }

  readRow(row: SheetRow) {
    const levels = this.levelsOf(row);
    let title = this.text(row, 'title');
    const subTitle = this.text(row, 'subTitle');
    const nodeKey = this.nodeOf(levels, row.line);
    if (!title && !subTitle) return; // a row that only names axes (or a blank-ish separator)
    if (nodeKey === null) {
      if (levels.every((level) => !level)) this.problem(row.line, this.columns.header[this.columns.levels[0]!]!, `Aucun « ${this.columns.header[this.columns.levels[0]!]} » pour cette action`);
      return;
    }
    // A sub-action row whose action title is left blank (or merged) belongs to the action above.
    if (!title && this.previous?.nodeKey === nodeKey) title = this.previous.title;
    if (!title) return this.problem(row.line, this.column('title'), 'Sous-action sans titre d’action');
    this.previous = { nodeKey, title };
    const parent = this.actionOf(nodeKey, title, row.line, !subTitle);
    if (!parent) return;
    if (!subTitle) return this.fill(parent, row);
    const key = `${parent.key}${SEP}${fold(subTitle)}`;
    const existing = this.actions.get(key);
    if (existing) return this.problem(row.line, this.column('subTitle'), `Sous-action « ${subTitle} » en double (déjà ligne ${existing.line})`);
    const sub = emptyAction({ key, line: row.line, nodeKey, parentKey: parent.key, title: subTitle.slice(0, 300), position: this.nextPosition(`action${SEP}${parent.key}`) });
    this.actions.set(key, sub);
    this.fill(sub, row);
  }

  /** The action of that title in that node; `defining`: this row describes the action itself. */
  private actionOf(nodeKey: string, title: string, line: number, defining: boolean): ParsedAction | null {
    const key = `${nodeKey}${SEP}${fold(title)}${SEP}`;
    const existing = this.actions.get(key);
    if (existing) {
      if (!defining) return existing;
      if (existing.implicit) {
        existing.implicit = false;
        existing.line = line;
        return existing;
      }
      this.problem(line, this.column('title'), `Action « ${title} » en double dans le même élément du plan (déjà ligne ${existing.line})`);
      return null;
    }
    const action = emptyAction({ key, line, nodeKey, parentKey: null, title: title.slice(0, 300), position: this.nextPosition(`action${SEP}${nodeKey}`) });
    action.implicit = !defining;
    this.actions.set(key, action);
    return action;
  }

  private read<T>(row: SheetRow, field: ActionField, reader: (cell: Cell) => Read<T>, severity: 'error' | 'warning' = 'error'): T | null {
    const result = reader(this.cell(row, field));
    if (result.error === undefined) return result.value;
    this.problem(row.line, this.column(field), severity === 'warning' ? `${result.error} : valeur ignorée` : result.error, severity);
    return null;
  }

  private located(row: SheetRow, field: ActionField): Located[] {
    return splitList(this.text(row, field)).map((text) => ({ text, line: row.line, column: this.column(field) }));
  }

  private fill(action: ParsedAction, row: SheetRow) {
    const code = this.text(row, 'code');
    if (code) {
      const seen = this.codes.get(fold(code));
      if (seen !== undefined) this.problem(row.line, this.column('code'), `Code « ${code} » en double (déjà ligne ${seen})`);
      else this.codes.set(fold(code), row.line);
      action.code = code;
    }
    const pilots = this.located(row, 'pilot');
    action.pilots = pilots.slice(0, 1);
    action.copilots = [...pilots.slice(1), ...this.located(row, 'copilots')];
    action.elu = this.located(row, 'elu')[0] ?? null;
    const unit = this.text(row, 'orgUnit');
    action.orgUnit = unit ? { text: unit, line: row.line, column: this.column('orgUnit') } : null;
    const status = this.text(row, 'status');
    action.status = status ? { text: status, line: row.line, column: this.column('status') } : null;
    action.objectives = this.text(row, 'objectives');
    action.expectedResults = this.text(row, 'expectedResults');
    action.weather = this.read(row, 'weather', readWeather, 'warning');
    action.progress = this.read(row, 'progress', readProgress);
    action.startsOn = this.read(row, 'startsOn', (c) => readDate(c, 'start'));
    action.endsOn = this.read(row, 'endsOn', (c) => readDate(c, 'end'));
    if (action.startsOn && action.endsOn && action.endsOn < action.startsOn) this.problem(row.line, this.column('endsOn'), 'La date de fin précède la date de début');
    action.priority = this.read(row, 'priority', readPriority, 'warning');
    action.flagship = this.read(row, 'flagship', readYesNo, 'warning');
    action.tags = [...new Set(splitList(this.text(row, 'tags')).map((tag) => tag.slice(0, 50)))];
    action.indicators = this.located(row, 'indicators');
    const structure = this.text(row, 'structure');
    action.partners = [structure && `${structure} (structure pilote)`, this.text(row, 'partners')].filter(Boolean).join(' ; ').slice(0, 2000);
    action.description = this.description(row);
    action.budgetTotalCents = this.budgetTotal(row);
  }

  /** The description, then every other named column under its header, then the funders: nothing is lost. */
  private description(row: SheetRow) {
    const parts = [this.text(row, 'description')];
    for (const i of this.columns.extra) {
      const text = cellText(row.cells[i] ?? null);
      if (text) parts.push(`${this.columns.header[i]} :\n${text}`);
    }
    const funders = this.columns.funders
      .map(({ name, amount }) => {
        const who = cellText(row.cells[name] ?? null);
        const how = amount === null ? '' : cellText(row.cells[amount] ?? null);
        return who || how ? `- ${who || 'Financeur non nommé'}${how ? ` : ${how}` : ''}` : '';
      })
      .filter(Boolean);
    if (funders.length > 0) parts.push(`Financeurs :\n${funders.join('\n')}`);
    return parts.filter(Boolean).join('\n\n').slice(0, 20_000);
  }

  private budgetTotal(row: SheetRow): number | null {
    const total = this.read(row, 'budgetTotal', readAmountCents);
    if (total !== null) return total;
    let sum: number | null = null;
    for (const { amount } of this.columns.funders) {
      if (amount === null) continue;
      const read = readAmountCents(row.cells[amount] ?? null);
      if (read.error !== undefined) this.problem(row.line, this.columns.header[amount]!, read.error);
      else if (read.value !== null) sum = (sum ?? 0) + read.value;
    }
    return sum;
  }

  result(): ParsedPlan {
    const { columns, grid } = this.sheet;
    const templateKind = templateKindOf(columns);
    return {
      templateKind,
      sheet: grid.name,
      levelNames: columns.levels.map((i) => columns.header[i]!.slice(0, 80)),
      nodes: [...this.nodes.values()],
      actions: [...this.actions.values()],
      budgets: [],
      problems: this.problems,
      notes: [],
    };
  }
}
