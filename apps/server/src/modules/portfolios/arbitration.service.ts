import { committedProjectStages, type Arbitration, type ProjectStage } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { groupBy } from '../../lib/group-by.js';
import { invalid } from '../../http/errors.js';
import { capacityUse } from './arbitration-capacity.js';
import { loadPortfolioForActor, portfolioPeriod, yearsOf } from './portfolio.access.js';
import { listBudgetCapacities, listFteCapacities, orgUnitNames } from './portfolio.repository.js';
import { loadPortfolioScores } from './project-score-totals.js';
import { listPlanCosts, listPlanResources, listPortfolioProjects } from './project.repository.js';

/** Projects still to decide or already decided for: rejected and closed ones no longer weigh. */
const ARBITRATION_STAGES: ProjectStage[] = ['request', 'evaluation', 'arbitration', 'postponed', 'approved', 'in_progress'];
const RISK_NAME = /^(risques?|risks?)\b/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `selected` = comma-separated project ids of the what-if selection. */
export function parseSelection(selected: string | undefined): Set<string> {
  const ids = (selected ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const bad = ids.find((id) => !UUID.test(id));
  if (bad) throw invalid([{ path: 'selected', message: `Identifiant de projet invalide : ${bad.slice(0, 40)}` }]);
  return new Set(ids);
}

/**
 * The arbitration view: every project still in play with its score, rank, risk, cost and FTE per
 * year, and the portfolio's capacity used by approved and running projects plus the selection.
 */
export async function getArbitration(ctx: AppContext, actor: MemberActor, planId: string, selectedCsv: string | undefined): Promise<Arbitration> {
  const { plan } = await loadPortfolioForActor(ctx.db, actor, planId);
  const selected = parseSelection(selectedCsv);
  const scope = { ...scopeOf(actor), planId };
  const period = await portfolioPeriod(ctx.db, plan, ctx.clock);
  const years = yearsOf(period);
  const rows = await listPortfolioProjects(ctx.db, { ...scope, stages: ARBITRATION_STAGES });
  const scores = await loadPortfolioScores(ctx.db, scope);
  const costs = await listPlanCosts(ctx.db, scope);
  const resources = await listPlanResources(ctx.db, scope);
  const riskCriterion = scores.criteria.find((c) => RISK_NAME.test(c.name.trim()));
  const counted = new Set(rows.filter((row) => committedProjectStages.includes(row.stage) || selected.has(row.id)).map((row) => row.id));

  const costsOf = groupBy(costs, (c) => c.actionId);
  const resourcesOf = groupBy(resources, (r) => r.actionId);
  const projects = rows.map((row) => {
    const score = scores.totalOf(row.id);
    const ownCosts = costsOf.get(row.id) ?? [];
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      stage: row.stage,
      score,
      rank: scores.rankOf(row.id),
      value: score,
      risk: riskCriterion ? (scores.meansOf(row.id).get(riskCriterion.id) ?? null) : null,
      totalCostCents: ownCosts.reduce((sum, c) => sum + c.cents, 0),
      costByYear: ownCosts.map(({ year, nature, cents }) => ({ year, nature, cents })).sort((a, b) => a.year - b.year || a.nature.localeCompare(b.nature)),
      fteByYear: (resourcesOf.get(row.id) ?? []).map(({ year, orgUnitId, fte }) => ({ year, orgUnitId, fte })).sort((a, b) => a.year - b.year),
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      counted: counted.has(row.id),
      selected: selected.has(row.id),
    };
  });
  const fteCapacities = await listFteCapacities(ctx.db, scope);
  const unitNames = await orgUnitNames(ctx.db, { ...scopeOf(actor), ids: [...new Set([...resources.map((r) => r.orgUnitId), ...fteCapacities.map((c) => c.orgUnitId)])] });
  const capacity = capacityUse({ years, counted, costs, resources, budgetCapacities: await listBudgetCapacities(ctx.db, scope), fteCapacities, unitNames });
  return { projects, years, capacity };
}
