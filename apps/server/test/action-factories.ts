import { asc, eq } from 'drizzle-orm';
import type { PlanRole, PlanState } from '@pilotis/shared';
import type { AppContext } from '../src/context.js';
import { newId } from '../src/lib/tokens.js';
import { planNodes } from '../src/modules/plan-nodes/plan-node.table.js';
import { planMembers, plans } from '../src/modules/plans/plan.table.js';
import { statuses } from '../src/modules/statuses/status.table.js';
import { createMember, createOrganizationWithAdmin, createUnit } from './factories.js';
import type { Session, TestApp } from './test-app.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/**
 * A plan with a small tree, written straight to the database (the actions tests do not depend on
 * the plans API): nodes are given as [key, parentKey | null, title], in order.
 */
export async function createPlanRow(
  ctx: Ctx,
  input: {
    organizationId: string;
    state?: PlanState;
    name?: string;
    nodes?: [key: string, parent: string | null, title: string][];
    members?: { userId: string; role: PlanRole }[];
  },
) {
  const { organizationId } = input;
  const now = ctx.clock.now();
  const planId = newId();
  const nodeIds: Record<string, string> = {};
  const specs = input.nodes ?? [
    ['1', null, 'Axe 1'],
    ['1.1', '1', 'Objectif 1.1'],
    ['1.2', '1', 'Objectif 1.2'],
    ['2', null, 'Axe 2'],
  ];
  await ctx.db.transaction(async (tx) => {
    await tx.insert(plans).values({
      id: planId,
      organizationId,
      name: input.name ?? 'Plan de mandat',
      kind: 'mandate',
      state: input.state ?? 'active',
      levelNames: ['Axe', 'Objectif'],
      createdAt: now,
      updatedAt: now,
    });
    const positions = new Map<string | null, number>();
    for (const [key, parent, title] of specs) {
      const parentId = parent ? nodeIds[parent]! : null;
      const position = positions.get(parentId) ?? 0;
      positions.set(parentId, position + 1);
      nodeIds[key] = newId();
      await tx.insert(planNodes).values({ id: nodeIds[key]!, organizationId, planId, parentId, title, position, createdAt: now, updatedAt: now });
    }
    for (const member of input.members ?? []) {
      await tx.insert(planMembers).values({ organizationId, planId, userId: member.userId, role: member.role, createdAt: now });
    }
  });
  return { planId, nodeIds };
}

/** The collectivité's statuses by label ("En cours", "Terminé", …). */
export async function statusIds(ctx: Ctx, organizationId: string) {
  const rows = await ctx.db.select().from(statuses).where(eq(statuses.organizationId, organizationId)).orderBy(asc(statuses.position));
  return Object.fromEntries(rows.map((row) => [row.label, row.id])) as Record<string, string>;
}

/** Creates an action through the API; throws unless 201. */
export async function createAction(session: Session, body: Record<string, unknown>) {
  const response = await session.request('POST', '/api/actions', body);
  if (response.statusCode !== 201) throw new Error(`createAction: ${response.statusCode} ${response.body}`);
  return response.json().data as { id: string; version: number; code: string; [key: string]: unknown };
}

/**
 * Everyone of the rights matrix, in a collectivité of its own: admin, plan manager, contributor,
 * reader, pilot, co-pilot, a member of the lead unit, a plain member, and another collectivité's
 * admin; plus a published plan with a tree.
 */
export async function createActionCast(testApp: Pick<TestApp, 'app' | 'ctx'>) {
  const { organization, admin } = await createOrganizationWithAdmin(testApp);
  const unit = await createUnit(admin, 'Direction des écoles');
  const otherUnit = await createUnit(admin, 'Direction de la voirie');
  const person = (name: string, orgUnitIds: string[] = []) => createMember(testApp, admin, { name, orgUnitIds });
  const manager = await person('Marc Manager');
  const contributor = await person('Chloé Contributrice');
  const reader = await person('Lucie Lectrice');
  const pilot = await person('Paule Pilote');
  const copilot = await person('Cédric Copilote');
  const unitMember = await person('Ursule Unité', [unit.id]);
  const member = await person('Martin Membre', [otherUnit.id]);
  const other = await createOrganizationWithAdmin(testApp);
  const plan = await createPlanRow(testApp.ctx, {
    organizationId: organization.id,
    members: [
      { userId: manager.id, role: 'manager' },
      { userId: contributor.id, role: 'contributor' },
      { userId: reader.id, role: 'reader' },
    ],
  });
  const statuses = await statusIds(testApp.ctx, organization.id);
  return { organization, admin, unit, otherUnit, manager, contributor, reader, pilot, copilot, unitMember, member, other, plan, statuses };
}
