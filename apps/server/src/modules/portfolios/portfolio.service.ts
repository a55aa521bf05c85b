import { projectStages, type criteriaInputSchema, type Portfolio, type PortfolioSummary, type portfolioSettingsInputSchema, type ProjectStage } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, invalid } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { abilities, authorize, can } from '../../policies/index.js';
import type { PlanResource } from '../../policies/plan.policy.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { planResource } from '../plans/plan.access.js';
import type { PlanRow } from '../plans/plan.table.js';
import { effectiveSettings, loadPortfolioForActor } from './portfolio.access.js';
import {
  countProjectsByStage,
  findSettings,
  firstRootNode,
  listBudgetCapacities,
  listCriteria,
  listFteCapacities,
  listPortfolioPlans,
  orgUnitNames,
  replaceCapacities,
  replaceCriteria,
  saveSettings,
} from './portfolio.repository.js';
import { presentCriterion } from './project-score-totals.js';

type SettingsInput = z.output<typeof portfolioSettingsInputSchema>;
type CriteriaInput = z.output<typeof criteriaInputSchema>;

const PORTFOLIO_ACTIONS = ['portfolio.read', 'portfolio.submit', 'portfolio.manage', 'portfolio.score'] as const;
export const portfolioAbilities = (actor: MemberActor, resource: PlanResource) =>
  abilities(actor, PORTFOLIO_ACTIONS, resource) as Portfolio['can'];

/** The portfolios the actor may read, with their number of projects per stage. */
export async function listPortfolios(ctx: AppContext, actor: MemberActor): Promise<PortfolioSummary[]> {
  const rows = (await listPortfolioPlans(ctx.db, { ...scopeOf(actor), userId: actor.userId })).filter((row) =>
    can(actor, 'portfolio.read', planResource(row.plan, row.role ?? null)),
  );
  const counts = await countProjectsByStage(ctx.db, { ...scopeOf(actor), planIds: rows.map((row) => row.plan.id) });
  return rows.map(({ plan, role, settings }) => {
    const countsByStage = Object.fromEntries(projectStages.map((stage) => [stage, 0])) as Record<ProjectStage, number>;
    for (const c of counts) if (c.planId === plan.id) countsByStage[c.stage] = c.count;
    const period = effectiveSettings(plan, settings ?? undefined, ctx.clock);
    return {
      id: plan.id,
      name: plan.name,
      state: plan.state,
      startYear: period.startYear,
      endYear: period.endYear,
      projectCount: Object.values(countsByStage).reduce((sum, n) => sum + n, 0),
      countsByStage,
      can: portfolioAbilities(actor, planResource(plan, role ?? null)),
    };
  });
}

export async function getPortfolio(ctx: AppContext, actor: MemberActor, planId: string): Promise<Portfolio> {
  const { plan, resource } = await loadPortfolioForActor(ctx.db, actor, planId);
  return presentPortfolio(ctx, actor, plan, resource);
}

async function presentPortfolio(ctx: AppContext, actor: MemberActor, plan: PlanRow, resource: PlanResource): Promise<Portfolio> {
  const scope = { ...scopeOf(actor), planId: plan.id };
  return {
    id: plan.id,
    name: plan.name,
    state: plan.state,
    settings: effectiveSettings(plan, await findSettings(ctx.db, scope), ctx.clock),
    budgetCapacities: await listBudgetCapacities(ctx.db, scope),
    fteCapacities: await listFteCapacities(ctx.db, scope),
    criteria: (await listCriteria(ctx.db, scope)).map(presentCriterion),
    defaultNodeId: await firstRootNode(ctx.db, scope),
    can: portfolioAbilities(actor, resource),
  };
}

/** Period, weight mode and capacities, replaced together; `version` 0 when the portfolio has none yet. */
export async function updatePortfolioSettings(ctx: AppContext, actor: MemberActor, planId: string, input: SettingsInput) {
  const { plan, resource } = await loadPortfolioForActor(ctx.db, actor, planId);
  authorize(actor, 'portfolio.manage', resource);
  const scope = { ...scopeOf(actor), planId };
  const units = await orgUnitNames(ctx.db, { ...scopeOf(actor), ids: [...new Set(input.fteCapacities.map((c) => c.orgUnitId))] });
  const unknown = input.fteCapacities.findIndex((c) => !units.has(c.orgUnitId));
  if (unknown >= 0) throw invalid([{ path: `fteCapacities.${unknown}.orgUnitId`, message: 'Unité introuvable' }]);
  await ctx.db.transaction(async (tx) => {
    const before = { ...(await findSettings(tx, scope)), budget: await listBudgetCapacities(tx, scope), fte: await listFteCapacities(tx, scope) };
    const saved = await saveSettings(tx, { ...scope, version: input.version }, { startYear: input.startYear, endYear: input.endYear, weightMode: input.weightMode, updatedAt: ctx.clock.now() });
    if (!saved) throw conflict('Les paramètres du portefeuille ont été modifiés entre-temps ; rechargez-les avant de réessayer');
    await replaceCapacities(tx, scope, { budget: input.budgetCapacities, fte: input.fteCapacities });
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: planId,
      action: 'portfolio.settings',
      before: auditedSettings(before),
      after: auditedSettings({ ...saved, budget: input.budgetCapacities, fte: input.fteCapacities }),
    });
  });
  return presentPortfolio(ctx, actor, plan, resource);
}

function auditedSettings(s: { startYear?: number; endYear?: number; weightMode?: string; budget: object[]; fte: { year: number; orgUnitId: string; fte: number }[] }) {
  return {
    startYear: s.startYear ?? null,
    endYear: s.endYear ?? null,
    weightMode: s.weightMode ?? null,
    budgetCapacities: s.budget,
    fteCapacities: s.fte.map(({ year, orgUnitId, fte }) => ({ year, orgUnitId, fte })),
  };
}

export async function getCriteria(ctx: AppContext, actor: MemberActor, planId: string) {
  await loadPortfolioForActor(ctx.db, actor, planId);
  return (await listCriteria(ctx.db, { ...scopeOf(actor), planId })).map(presentCriterion);
}

/** Replaces the list in its order; a criterion kept by id keeps its scores, one left out loses them. */
export async function replacePortfolioCriteria(ctx: AppContext, actor: MemberActor, planId: string, input: CriteriaInput) {
  const { resource } = await loadPortfolioForActor(ctx.db, actor, planId);
  authorize(actor, 'portfolio.manage', resource);
  const scope = { ...scopeOf(actor), planId };
  return ctx.db.transaction(async (tx) => {
    const before = await listCriteria(tx, scope);
    const known = new Set(before.map((c) => c.id));
    const stranger = input.criteria.findIndex((c, index) => c.id && (!known.has(c.id) || input.criteria.findIndex((o) => o.id === c.id) !== index));
    if (stranger >= 0) throw invalid([{ path: `criteria.${stranger}.id`, message: 'Critère introuvable dans ce portefeuille, ou donné deux fois' }]);
    const rows = input.criteria.map((c, position) => ({ ...c, id: c.id ?? newId(), organizationId: actor.organizationId, planId, position }));
    await replaceCriteria(tx, scope, rows);
    const after = await listCriteria(tx, scope);
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: planId,
      action: 'portfolio.criteria',
      before: { criteria: before.map(presentCriterion) },
      after: { criteria: after.map(presentCriterion) },
    });
    return after.map(presentCriterion);
  });
}
