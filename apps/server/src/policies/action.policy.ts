import type { Visibility } from '@pilotis/shared';
import type { MemberActor } from '../http/actor.js';
import { canManagePlan, canReadPlan, type PlanResource } from './plan.policy.js';
import { sameOrganization, type Rule, type Scoped } from './types.js';

/** A fiche action as rules see it, with the plan it lives in. */
export type ActionResource = Scoped & {
  visibility: Visibility;
  pilotId: string | null;
  copilotIds: string[];
  leadOrgUnitId: string | null;
  orgUnitIds: string[];
  plan: PlanResource;
};

const isPilot = (actor: MemberActor, action: ActionResource) => action.pilotId === actor.userId || action.copilotIds.includes(actor.userId);
const inItsUnits = (actor: MemberActor, action: ActionResource) =>
  [action.leadOrgUnitId, ...action.orgUnitIds].some((unit) => unit !== null && actor.unitIds.includes(unit));

/**
 * Seed 003: everyone with access to the plan reads its actions (a `unit` action only within its
 * units, its pilots and the plan's managers), and pilots always read their own fiche; pilots and co-pilots edit their fiche but not where it
 * sits nor who pilots it; plan managers and admins edit everything.
 */
export const actionRules = {
  'action.read': (actor, action) =>
    sameOrganization(actor, action) &&
    (isPilot(actor, action) ||
      (canReadPlan(actor, action.plan) && (action.visibility !== 'unit' || canManagePlan(actor, action.plan) || inItsUnits(actor, action)))),
  'action.update': (actor, action) =>
    sameOrganization(actor, action) && (canManagePlan(actor, action.plan) || isPilot(actor, action)),
  'action.updateStructure': (actor, action) => sameOrganization(actor, action) && canManagePlan(actor, action.plan),
  'action.delete': (actor, action) => sameOrganization(actor, action) && canManagePlan(actor, action.plan),
} satisfies Record<string, Rule<ActionResource>>;
