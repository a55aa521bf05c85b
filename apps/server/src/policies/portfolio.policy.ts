import { canManagePlan, canReadPlan, type PlanResource } from './plan.policy.js';
import { sameOrganization, type Rule } from './types.js';

/** A project as rules see it: its portfolio plan and who asked for it. */
export type ProjectResource = { organizationId: string; plan: PlanResource; requestedById: string | null };

/**
 * Project portfolio (issue 8). Whoever reads the portfolio plan (published plans: the whole
 * collectivité) reads its projects, arbitration and roadmap, and may submit a request; a request
 * stays visible to its requester. Moving projects along, criteria, capacities, decisions and
 * finance assignment belong to the plan's managers and the admins, who are also the evaluators.
 */
export const portfolioRules = {
  'portfolio.read': (actor, plan) => canReadPlan(actor, plan),
  'portfolio.submit': (actor, plan) => canReadPlan(actor, plan),
  'portfolio.manage': (actor, plan) => canManagePlan(actor, plan),
  'portfolio.score': (actor, plan) => canManagePlan(actor, plan),
} satisfies Record<string, Rule<PlanResource>>;

export const projectRules = {
  'project.read': (actor, project) =>
    sameOrganization(actor, project) && (canReadPlan(actor, project.plan) || project.requestedById === actor.userId),
  'project.update': (actor, project) => sameOrganization(actor, project) && canManagePlan(actor, project.plan),
  'project.transition': (actor, project) => sameOrganization(actor, project) && canManagePlan(actor, project.plan),
  'project.score': (actor, project) => sameOrganization(actor, project) && canManagePlan(actor, project.plan),
} satisfies Record<string, Rule<ProjectResource>>;
