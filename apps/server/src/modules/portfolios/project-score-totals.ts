import { rankByScore, weightedTotal } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { PortfolioCriterionRow } from './portfolio.table.js';
import { criteriaOfPlan, listPlanScoreMeans } from './project-score.repository.js';

/** Criterion means, weighted totals and ranks of every project of a portfolio (rules in shared `project-scoring`). */
export interface PortfolioScores {
  criteria: PortfolioCriterionRow[];
  meansOf(actionId: string): Map<string, number | null>;
  countOf(actionId: string, criterionId: string): number;
  totalOf(actionId: string): number | null;
  rankOf(actionId: string): number | null;
}

/** Ranks are among every project of the portfolio that has a score. */
export async function loadPortfolioScores(db: DbOrTx, scope: { organizationId: string; planId: string }): Promise<PortfolioScores> {
  const criteria = await criteriaOfPlan(db, scope);
  const rows = await listPlanScoreMeans(db, scope);
  const means = new Map<string, Map<string, number | null>>();
  const counts = new Map<string, number>();
  for (const row of rows) {
    const ofProject = means.get(row.actionId) ?? new Map<string, number | null>();
    ofProject.set(row.criterionId, row.mean);
    means.set(row.actionId, ofProject);
    counts.set(`${row.actionId}:${row.criterionId}`, row.count);
  }
  const totals = new Map([...means].map(([actionId, ofProject]) => [actionId, weightedTotal(criteria, ofProject)]));
  const ranks = rankByScore([...totals].map(([id, score]) => ({ id, score })));
  return {
    criteria,
    meansOf: (actionId) => means.get(actionId) ?? new Map(),
    countOf: (actionId, criterionId) => counts.get(`${actionId}:${criterionId}`) ?? 0,
    totalOf: (actionId) => totals.get(actionId) ?? null,
    rankOf: (actionId) => ranks.get(actionId) ?? null,
  };
}

export const presentCriterion = (c: PortfolioCriterionRow) => ({
  id: c.id,
  name: c.name,
  weight: c.weight,
  scaleMin: c.scaleMin,
  scaleMax: c.scaleMax,
  kind: c.kind,
  position: c.position,
});
