/**
 * Pure rules of the finance link: how a finance line's code finds its project, and the
 * portfolio budget figures (consumption, over budget, weighted rates).
 */

/** « 2051 - 020 dsi » = « 2051-020-DSI »: codes compared without case nor spaces. */
export const financeCodeKey = (code: string) => code.replace(/\s+/g, '').toUpperCase();

export interface MatchableProject {
  actionId: string;
  code: string;
  financeCodes: string[];
}

/**
 * code key → the project it designates. A project's own code wins over another's finance code;
 * a finance code claimed by two projects designates neither (null: the line stays unmatched
 * and a manager assigns it by hand).
 */
export function financeCodeIndex(projects: MatchableProject[]): Map<string, string | null> {
  const byOwnCode = new Map<string, string>();
  for (const project of projects) byOwnCode.set(financeCodeKey(project.code), project.actionId);
  const index = new Map<string, string | null>();
  for (const project of projects) {
    for (const code of project.financeCodes) {
      const key = financeCodeKey(code);
      if (!key || byOwnCode.has(key)) continue;
      const claimed = index.get(key);
      index.set(key, claimed === undefined || claimed === project.actionId ? project.actionId : null);
    }
  }
  for (const [key, actionId] of byOwnCode) index.set(key, actionId);
  return index;
}

export const matchFinanceCode = (index: Map<string, string | null>, code: string) => index.get(financeCodeKey(code)) ?? null;

export interface BudgetFigures {
  plannedCents: number;
  committedCents: number;
  spentCents: number;
}

export const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Committed or spent beyond what was planned (a project with nothing planned but costs is over too). */
export const isOverBudget = (f: BudgetFigures) => f.committedCents > f.plannedCents || f.spentCents > f.plannedCents;
export const overBudgetCents = (f: BudgetFigures) => Math.max(f.committedCents, f.spentCents) - f.plannedCents;

/**
 * Rates averaged with each project's weight: Σ w × rate / Σ w over the projects that have a
 * plan (no planned amount, no rate). With weight = planned amount this is Σ spent / Σ planned.
 */
export function weightedRates(projects: (BudgetFigures & { weight: number })[]) {
  let weights = 0;
  let consumption = 0;
  let commitment = 0;
  for (const p of projects) {
    if (p.plannedCents <= 0 || p.weight <= 0) continue;
    weights += p.weight;
    consumption += (p.weight * p.spentCents) / p.plannedCents;
    commitment += (p.weight * p.committedCents) / p.plannedCents;
  }
  return weights > 0 ? { consumptionRate: consumption / weights, commitmentRate: commitment / weights } : { consumptionRate: null, commitmentRate: null };
}
