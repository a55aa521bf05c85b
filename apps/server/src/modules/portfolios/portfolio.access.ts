import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { todayOf, type Clock } from '../../lib/clock.js';
import { can } from '../../policies/index.js';
import type { ProjectResource } from '../../policies/portfolio.policy.js';
import { findAction } from '../actions/action.repository.js';
import { planResource } from '../plans/plan.access.js';
import { findPlanWithRole } from '../plans/plan.repository.js';
import type { PlanRow } from '../plans/plan.table.js';
import { findSettings } from './portfolio.repository.js';
import type { PortfolioSettingsRow } from './portfolio.table.js';
import { findProject } from './project.repository.js';

/** The portfolio (a plan of kind `portfolio`) if the actor may read it; otherwise 404, as for any plan. */
export async function loadPortfolioForActor(db: DbOrTx, actor: MemberActor, planId: string) {
  const found = await findPlanWithRole(db, { organizationId: actor.organizationId, id: planId, userId: actor.userId });
  if (!found || found.plan.kind !== 'portfolio') throw notFound('Portefeuille');
  const resource = planResource(found.plan, found.role);
  if (!can(actor, 'portfolio.read', resource)) throw notFound('Portefeuille');
  return { plan: found.plan, resource };
}

/** The project, its fiche and plan, if the actor may read it (the plan's readers, or its requester); otherwise 404. */
export async function loadProjectForActor(db: DbOrTx, actor: MemberActor, id: string) {
  const scope = { organizationId: actor.organizationId };
  const project = await findProject(db, { ...scope, id });
  const found = project && (await findPlanWithRole(db, { ...scope, id: project.planId, userId: actor.userId }));
  const action = found && (await findAction(db, { ...scope, id }));
  if (!project || !found || !action) throw notFound('Projet');
  const resource: ProjectResource = { organizationId: project.organizationId, plan: planResource(found.plan, found.role), requestedById: project.requestedById };
  if (!can(actor, 'project.read', resource)) throw notFound('Projet');
  return { project, action, plan: found.plan, resource };
}

/** Settings of a portfolio that has none yet: the plan's years, else this year and the two next. */
export function effectiveSettings(plan: PlanRow, settings: PortfolioSettingsRow | undefined, clock: Clock) {
  if (settings) return { startYear: settings.startYear, endYear: settings.endYear, weightMode: settings.weightMode, version: settings.version };
  // This year in France: at 0 h 30 on 1 January in Paris, UTC still says the year before.
  const thisYear = Number(todayOf(clock).slice(0, 4));
  const startYear = plan.startsOn ? Number(plan.startsOn.slice(0, 4)) : thisYear;
  const endYear = plan.endsOn ? Math.max(startYear, Number(plan.endsOn.slice(0, 4))) : startYear + 2;
  return { startYear, endYear, weightMode: 'budget' as const, version: 0 };
}

export async function portfolioPeriod(db: DbOrTx, plan: PlanRow, clock: Clock) {
  return effectiveSettings(plan, await findSettings(db, { organizationId: plan.organizationId, planId: plan.id }), clock);
}

export const yearsOf = (period: { startYear: number; endYear: number }) =>
  Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
