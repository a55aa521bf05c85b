import type { PlanRole, PlanState } from '@pilotis/shared';
import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

/** A plan as rules see it: its state and the actor's role in it (null when none). */
export type PlanResource = Scoped & { state: PlanState; actorRole: PlanRole | null };

const PUBLISHED: PlanState[] = ['active', 'closed'];
const isManager = (plan: PlanResource) => plan.actorRole === 'manager';

/**
 * Published plans (active, closed) are read by everyone in the collectivité; drafts and archives
 * by the plan's members. Managers (the central team) and admins shape the plan.
 */
export const planRules = {
  'plan.create': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
  'plan.read': (actor, plan) =>
    sameOrganization(actor, plan) && (isAdmin(actor) || plan.actorRole !== null || PUBLISHED.includes(plan.state)),
  'plan.update': (actor, plan) => sameOrganization(actor, plan) && (isAdmin(actor) || isManager(plan)),
  'plan.manageMembers': (actor, plan) => sameOrganization(actor, plan) && (isAdmin(actor) || isManager(plan)),
  'plan.delete': (actor, plan) => sameOrganization(actor, plan) && isAdmin(actor),
  'plan.createAction': (actor, plan) =>
    sameOrganization(actor, plan) && (isAdmin(actor) || plan.actorRole === 'manager' || plan.actorRole === 'contributor'),
} satisfies Record<string, Rule<PlanResource>>;

export const canReadPlan = (actor: Parameters<Rule>[0], plan: PlanResource) => planRules['plan.read'](actor, plan);
export const canManagePlan = (actor: Parameters<Rule>[0], plan: PlanResource) => planRules['plan.update'](actor, plan);
