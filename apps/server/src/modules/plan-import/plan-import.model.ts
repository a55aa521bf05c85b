import type { ActionPriority, BudgetNature, PlanImportProblem, PlanImportTemplateKind, Weather } from '@pilotis/shared';

/** A node of the tree as read: keyed by its path of folded titles. */
export interface ParsedNode {
  key: string;
  parentKey: string | null;
  title: string;
  depth: number;
  position: number;
  line: number;
}

/** A text of the file to match against the collectivité (people, unit, status, indicator), with where it was. */
export interface Located {
  text: string;
  line: number;
  column: string;
}

export interface ParsedAction {
  key: string;
  line: number;
  nodeKey: string;
  /** Sub-action: its parent's key. */
  parentKey: string | null;
  /** Created only to hold sub-actions: no row of its own (yet). */
  implicit: boolean;
  position: number;
  code: string | null;
  title: string;
  description: string;
  objectives: string;
  expectedResults: string;
  partners: string;
  pilots: Located[];
  copilots: Located[];
  elu: Located | null;
  orgUnit: Located | null;
  status: Located | null;
  weather: Weather | null;
  progress: number | null;
  startsOn: string | null;
  endsOn: string | null;
  priority: ActionPriority | null;
  flagship: boolean | null;
  tags: string[];
  indicators: Located[];
  /** TeT's « Budget prévisionnel total » (or its funders' sum): one planned line. */
  budgetTotalCents: number | null;
}

export interface ParsedBudget {
  line: number;
  actionKey: string;
  year: number;
  nature: BudgetNature;
  plannedCents: number;
  committedCents: number;
  spentCents: number;
}

export interface ParsedPlan {
  templateKind: PlanImportTemplateKind;
  sheet: string;
  levelNames: string[];
  nodes: ParsedNode[];
  actions: ParsedAction[];
  budgets: ParsedBudget[];
  problems: PlanImportProblem[];
  notes: string[];
}

/** Written out field by field: an object spread here cost ~50 µs per fiche (V8 adds spread keys one by one). */
export const emptyAction = (f: Pick<ParsedAction, 'key' | 'line' | 'nodeKey' | 'parentKey' | 'title' | 'position'>): ParsedAction => ({
  key: f.key,
  line: f.line,
  nodeKey: f.nodeKey,
  parentKey: f.parentKey,
  title: f.title,
  position: f.position,
  implicit: false,
  code: null,
  description: '',
  objectives: '',
  expectedResults: '',
  partners: '',
  pilots: [],
  copilots: [],
  elu: null,
  orgUnit: null,
  status: null,
  weather: null,
  progress: null,
  startsOn: null,
  endsOn: null,
  priority: null,
  flagship: null,
  tags: [],
  indicators: [],
  budgetTotalCents: null,
});
