import { canManagePlan, canReadPlan, type PlanResource } from './plan.policy.js';
import type { Rule } from './types.js';

/**
 * The finance link of a portfolio (a plan of kind `portfolio`): whoever reads the portfolio
 * reads its costs and finance lines; its managers and the admins import the finance software's
 * files and assign the unmatched lines.
 */
export const financeRules = {
  'finance.read': (actor, portfolio) => canReadPlan(actor, portfolio),
  'finance.import': (actor, portfolio) => canManagePlan(actor, portfolio),
  'finance.assign': (actor, portfolio) => canManagePlan(actor, portfolio),
} satisfies Record<string, Rule<PlanResource>>;
