import { asc, eq } from 'drizzle-orm';
import type { PlanRole, ProgressMode, Visibility } from '@pilotis/shared';
import type { AppContext } from '../src/context.js';
import { newId } from '../src/lib/tokens.js';
import { actionCopilots, actions } from '../src/modules/actions/action.table.js';
import { planNodes } from '../src/modules/plan-nodes/plan-node.table.js';
import { planMembers, plans } from '../src/modules/plans/plan.table.js';
import { statuses } from '../src/modules/statuses/status.table.js';
import { createMember, createOrganizationWithAdmin } from './factories.js';
import type { TestApp } from './test-app.js';

/**
 * A published plan with one node and one fiche action, written straight to the database so the
 * parts of a fiche can be tested without the actions API. Returns the ids.
 */
export async function createActionRow(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { organizationId: string; progressMode?: ProgressMode; pilotId?: string | null; copilotIds?: string[]; visibility?: Visibility; members?: { userId: string; role: PlanRole }[] },
) {
  const { organizationId } = input;
  const now = ctx.clock.now();
  const [status] = await ctx.db.select().from(statuses).where(eq(statuses.organizationId, organizationId)).orderBy(asc(statuses.position)).limit(1);
  if (!status) throw new Error('createActionRow: the collectivité has no status');
  const planId = newId();
  const nodeId = newId();
  const actionId = newId();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(plans).values({ id: planId, organizationId, name: 'Plan de mandat', kind: 'mandate', state: 'active', levelNames: ['Axe'], createdAt: now, updatedAt: now });
    await tx.insert(planNodes).values({ id: nodeId, organizationId, planId, title: 'Axe 1', createdAt: now, updatedAt: now });
    await tx.insert(actions).values({
      id: actionId,
      organizationId,
      planId,
      nodeId,
      title: 'Rénover les écoles',
      pilotId: input.pilotId ?? null,
      statusId: status.id,
      visibility: input.visibility ?? 'organization',
      progressMode: input.progressMode ?? 'manual',
      createdAt: now,
      updatedAt: now,
    });
    for (const userId of input.copilotIds ?? []) await tx.insert(actionCopilots).values({ organizationId, actionId, userId });
    for (const member of input.members ?? []) await tx.insert(planMembers).values({ organizationId, planId, userId: member.userId, role: member.role, createdAt: now });
  });
  return { planId, nodeId, actionId };
}

/**
 * The cast of most part tests, in a collectivité of its own: an admin, the fiche's pilot, a
 * plain member who only reads it, a plan manager, and the admin of another collectivité.
 */
export async function createFicheWithPeople(testApp: Pick<TestApp, 'app' | 'ctx'>) {
  const { organization, admin } = await createOrganizationWithAdmin(testApp);
  const pilot = await createMember(testApp, admin, { name: 'Paule Pilote' });
  const reader = await createMember(testApp, admin, { name: 'Lucie Lectrice' });
  const manager = await createMember(testApp, admin, { name: 'Marc Manager' });
  const other = await createOrganizationWithAdmin(testApp);
  const ids = await createActionRow(testApp.ctx, {
    organizationId: organization.id,
    pilotId: pilot.id,
    members: [{ userId: manager.id, role: 'manager' }],
  });
  return { organization, admin, pilot, reader, manager, other: other.admin, ...ids };
}
