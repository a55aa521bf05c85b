import type { PlanResource } from './plan.policy.js';
import { isAdmin, sameOrganization, type Rule } from './types.js';

/**
 * E-mailed reports of a plan are set up by those who steer it: its managers and the admins.
 * Creating, changing, pausing, deleting and « Envoyer maintenant » are one right.
 */
export const reportSubscriptionRules = {
  'reportSubscription.manage': (actor, plan) => sameOrganization(actor, plan) && (isAdmin(actor) || plan.actorRole === 'manager'),
} satisfies Record<string, Rule<PlanResource>>;
