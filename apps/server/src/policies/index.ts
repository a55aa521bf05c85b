import type { MemberActor } from '../http/actor.js';
import { forbidden } from '../http/errors.js';
import { organizationRules } from './organization.policy.js';
import { orgUnitRules } from './org-unit.policy.js';
import { userRules } from './user.policy.js';
import { planRules } from './plan.policy.js';
import { actionRules } from './action.policy.js';
import { logEntryRules } from './log-entry.policy.js';
import { indicatorRules } from './indicator.policy.js';
import { integrationRules } from './integration.policy.js';
import { jobRules } from './job.policy.js';
import { outboxRules } from './outbox.policy.js';
import { reportSubscriptionRules } from './report-subscription.policy.js';
import { reportRules } from './report.policy.js';
import { notificationRules } from './notification.policy.js';
import { portfolioRules, projectRules } from './portfolio.policy.js';
import { reviewRules } from './review.policy.js';
import { financeRules } from './finance.policy.js';
import { campaignRules } from './campaign.policy.js';

/**
 * Every authorization rule of Pilotis, by action name. Services call `authorize` first thing;
 * presenters call `abilities` so the UI shows only the buttons the actor may use.
 */
export const rules = {
  ...organizationRules,
  ...orgUnitRules,
  ...userRules,
  ...planRules,
  ...actionRules,
  ...logEntryRules,
  ...indicatorRules,
  ...integrationRules,
  ...jobRules,
  ...outboxRules,
  ...reportSubscriptionRules,
  ...reportRules,
  ...notificationRules,
  ...portfolioRules,
  ...projectRules,
  ...reviewRules,
  ...financeRules,
  ...campaignRules,
};

export type PolicyAction = keyof typeof rules;
type ResourceOf<A extends PolicyAction> = Parameters<(typeof rules)[A]>[1];

export function can<A extends PolicyAction>(actor: MemberActor, action: A, resource: ResourceOf<A>): boolean {
  return (rules[action] as (a: MemberActor, r: ResourceOf<A>) => boolean)(actor, resource);
}

export function authorize<A extends PolicyAction>(actor: MemberActor, action: A, resource: ResourceOf<A>): void {
  if (!can(actor, action, resource)) throw forbidden();
}

/** `{ update: true, deactivate: false }` for the given actions of one resource family. */
export function abilities<A extends PolicyAction>(
  actor: MemberActor,
  actions: readonly A[],
  resource: ResourceOf<A>,
): Record<string, boolean> {
  return Object.fromEntries(actions.map((action) => [action.split('.')[1], can(actor, action, resource)]));
}
