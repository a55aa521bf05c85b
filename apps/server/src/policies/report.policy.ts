import { canManagePlan, type PlanResource } from './plan.policy.js';
import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

/**
 * A generated report as rules see it: who asked for it and the plan it is about (null for an
 * indicator report), with the actor's role in that plan.
 */
export type ReportResource = Scoped & { createdBy: string | null; plan: PlanResource | null };

/**
 * A report holds what its requester could read when it was generated. It is read again by that
 * person, by the managers of its plan (who read every fiche of it anyway) and by admins. Who may
 * ask for one is the rule of what it is about (plan.read, action.read, indicator.read): the
 * generation reads as the requester and answers 404 for what they cannot see.
 */
const read: Rule<ReportResource> = (actor, report) =>
  sameOrganization(actor, report) && (isAdmin(actor) || report.createdBy === actor.userId || (report.plan !== null && canManagePlan(actor, report.plan)));

/** The « Rapports » page lists every report of the collectivité to admins. */
const readAll: Rule<Scoped> = (actor, org) => sameOrganization(actor, org) && isAdmin(actor);

export const reportRules = { 'report.read': read, 'report.readAll': readAll };
