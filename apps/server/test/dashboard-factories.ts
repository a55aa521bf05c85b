import { randomUUID } from 'node:crypto';
import type { StatusCategory, Weather } from '@pilotis/shared';
import { budgetLines, logEntries, milestones } from '../src/modules/actions/action-parts.table.js';
import { actionCopilots, actions, actionUnits } from '../src/modules/actions/action.table.js';
import { plans } from '../src/modules/plans/plan.table.js';
import { eq } from 'drizzle-orm';
import { statusOf } from './plan-factories.js';
import { createPlanRow } from './action-factories.js';
import { createMember, createOrganizationWithAdmin, createUnit } from './factories.js';
import type { TestApp } from './test-app.js';

type Ctx = TestApp['ctx'];

export interface DashboardActionSeed {
  planId: string;
  nodeId: string;
  title: string;
  category?: StatusCategory;
  progress?: number;
  weight?: number;
  endsOn?: string | null;
  weather?: Weather | null;
  flagship?: boolean;
  tags?: string[];
  pilotId?: string | null;
  leadOrgUnitId?: string | null;
  orgUnitIds?: string[];
  copilotIds?: string[];
  visibility?: 'unit' | 'organization' | 'public';
  parentActionId?: string | null;
  mergedIntoId?: string | null;
  position?: number;
  budget?: { planned: number; committed: number; spent: number };
  milestones?: { dueOn: string; doneOn?: string | null }[];
  logOn?: string[];
}

/** A fiche written straight into the database with what dashboards read of it. */
export async function insertDashboardAction(ctx: Ctx, organizationId: string, seed: DashboardActionSeed) {
  const status = await statusOf(ctx, organizationId, seed.category ?? 'in_progress');
  const id = randomUUID();
  const scope = { organizationId };
  await ctx.db.insert(actions).values({
    id,
    ...scope,
    planId: seed.planId,
    nodeId: seed.nodeId,
    parentActionId: seed.parentActionId ?? null,
    mergedIntoId: seed.mergedIntoId ?? null,
    position: seed.position ?? 0,
    title: seed.title,
    statusId: status.id,
    progress: seed.progress ?? 0,
    weight: seed.weight ?? 1,
    endsOn: seed.endsOn ?? null,
    weather: seed.weather ?? null,
    flagship: seed.flagship ?? false,
    tags: seed.tags ?? [],
    pilotId: seed.pilotId ?? null,
    leadOrgUnitId: seed.leadOrgUnitId ?? null,
    visibility: seed.visibility ?? 'organization',
  });
  for (const userId of seed.copilotIds ?? []) await ctx.db.insert(actionCopilots).values({ ...scope, actionId: id, userId });
  for (const unitId of seed.orgUnitIds ?? []) await ctx.db.insert(actionUnits).values({ ...scope, actionId: id, orgUnitId: unitId });
  if (seed.budget) {
    const b = seed.budget;
    await ctx.db.insert(budgetLines).values({ id: randomUUID(), ...scope, actionId: id, year: 2026, nature: 'investment', plannedCents: b.planned, committedCents: b.committed, spentCents: b.spent });
  }
  for (const [position, m] of (seed.milestones ?? []).entries()) {
    await ctx.db.insert(milestones).values({ id: randomUUID(), ...scope, actionId: id, title: `Jalon ${seed.title} ${position + 1}`, dueOn: m.dueOn, doneOn: m.doneOn ?? null, position });
  }
  for (const occurredOn of seed.logOn ?? []) {
    await ctx.db.insert(logEntries).values({ id: randomUUID(), ...scope, actionId: id, occurredOn, body: 'Point d’avancement' });
  }
  return { id, statusId: status.id };
}

/**
 * The people dashboards are about, in a collectivité of their own: an admin; a direction with a
 * service under it and another direction; a plan manager (no unit), a member of the service, an
 * élu in the other direction (outside), a pilot. Plus an active plan of 2026 with two axes,
 * two objectives under the first.
 */
export async function createDashboardCast(testApp: Pick<TestApp, 'app' | 'ctx'>) {
  const { organization, admin } = await createOrganizationWithAdmin(testApp);
  const direction = await createUnit(admin, 'Direction de l’aménagement');
  const service = await createUnit(admin, 'Service mobilités', direction.id);
  const otherDirection = await createUnit(admin, 'Cabinet du maire');
  const person = (name: string, orgUnitIds: string[] = []) => createMember(testApp, admin, { name, orgUnitIds });
  const manager = await person('Marc Manager');
  const serviceMember = await person('Sonia Service', [service.id]);
  const elu = await person('Élise Élue', [otherDirection.id]);
  const pilot = await person('Paul Pilote');
  const plan = await createPlanRow(testApp.ctx, {
    organizationId: organization.id,
    name: 'Plan de mandat',
    nodes: [
      ['1', null, 'Axe mobilités'],
      ['1.1', '1', 'Objectif vélo'],
      ['1.2', '1', 'Objectif bus'],
      ['2', null, 'Axe écoles'],
    ],
    members: [{ userId: manager.id, role: 'manager' }],
  });
  await testApp.ctx.db.update(plans).set({ startsOn: '2026-01-01', endsOn: '2026-12-31' }).where(eq(plans.id, plan.planId));
  return { organization, admin, direction, service, otherDirection, manager, serviceMember, elu, pilot, plan };
}
