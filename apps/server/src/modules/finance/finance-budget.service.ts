import { isOverBudget, overBudgetCents, ratio, weightedRates, type PortfolioBudget } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import { loadPortfolioFor } from './finance-access.js';
import { findSettings } from '../portfolios/portfolio.repository.js';
import { countFinanceLines, listProjectBudgets } from './finance-read.repository.js';

/**
 * The portfolio's budget: planned (the projects' estimates), committed and spent (from the finance
 * software) per project and in total, consumption (spent / planned), the projects over budget,
 * and rates weighted by each project's weight: its planned budget, or its custom weight (1 when
 * not set) when the portfolio's settings say `custom`.
 */
export async function portfolioBudget(ctx: AppContext, actor: MemberActor, portfolioId: string, year: number | null): Promise<PortfolioBudget> {
  const { plan, resource } = await loadPortfolioFor(ctx.db, actor, portfolioId, 'finance.read');
  const scope = { organizationId: actor.organizationId, planId: plan.id };
  const [rows, settings, counts] = await Promise.all([
    listProjectBudgets(ctx.db, { ...scope, year }),
    findSettings(ctx.db, scope),
    countFinanceLines(ctx.db, { organizationId: actor.organizationId, portfolioId: plan.id }),
  ]);
  const weightMode = settings?.weightMode ?? 'budget'; // by budget while no settings were saved
  const projects = rows.map((row) => ({
    actionId: row.actionId,
    code: row.code,
    title: row.title,
    stage: row.stage,
    weight: weightMode === 'custom' ? (row.customWeight ?? 1) : row.plannedCents,
    plannedCents: row.plannedCents,
    committedCents: row.committedCents,
    spentCents: row.spentCents,
    consumptionRate: ratio(row.spentCents, row.plannedCents),
    overBudget: isOverBudget(row),
  }));
  const sum = (field: 'plannedCents' | 'committedCents' | 'spentCents') => projects.reduce((total, p) => total + p[field], 0);
  const totals = { plannedCents: sum('plannedCents'), committedCents: sum('committedCents'), spentCents: sum('spentCents') };
  return {
    portfolioId: plan.id,
    year,
    weightMode,
    projects,
    totals: { ...totals, consumptionRate: ratio(totals.spentCents, totals.plannedCents), commitmentRate: ratio(totals.committedCents, totals.plannedCents) },
    weighted: weightedRates(projects),
    overBudget: projects.filter((p) => p.overBudget).map((p) => ({ actionId: p.actionId, code: p.code, title: p.title, overCents: overBudgetCents(p) })),
    unmatchedLines: counts.unmatched,
    can: { import: can(actor, 'finance.import', resource), assign: can(actor, 'finance.assign', resource) },
  };
}
