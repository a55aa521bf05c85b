import { canManagePlan, canReadPlan, type PlanResource } from './plan.policy.js';
import type { Rule } from './types.js';

/**
 * Review meetings of a plan: whoever reads the plan reads its series, reviews, agenda and
 * decisions; those who steer it (managers, admins) plan them, fill the agenda, record and apply
 * decisions, send invitations and minutes. A reader who may not manage gets 403; someone who may
 * not read the plan gets 404 (the services load the plan first).
 */
export const reviewRules = {
  'review.read': (actor, plan) => canReadPlan(actor, plan),
  'review.manage': (actor, plan) => canManagePlan(actor, plan),
} satisfies Record<string, Rule<PlanResource>>;
