import { isLate } from '@pilotis/shared';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { fixedClock } from '../../lib/clock.js';
import { budgetLines, logEntries, milestones, tasks } from '../actions/action-parts.table.js';
import { actionCopilots, actions } from '../actions/action.table.js';
import { foldForSearch } from '../actions/action.search.js';
import { auditEvents } from '../audit/audit.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { planMembers, plans } from '../plans/plan.table.js';
import { statuses } from '../statuses/status.table.js';
import { users } from '../users/user.table.js';
import type { DemoNodeSpec } from './demo-plan-spec.js';
import { MANDATE_PLAN } from './demo-mandate-plan.data.js';
import { ROADMAP_PLAN } from './demo-roadmap-plan.data.js';
import { seedDemo } from './demo.seed.js';

const database = await createTestDatabase();
afterAll(() => database.close());
const { db } = database;
const clock = fixedClock('2026-11-20T09:00:00.000Z');
const today = '2026-11-20';

const countNodes = (nodes: DemoNodeSpec[]): number => nodes.reduce((n, node) => n + 1 + countNodes(node.children ?? []), 0);
const countActions = (nodes: DemoNodeSpec[]): number =>
  nodes.reduce((n, node) => n + (node.actions?.length ?? 0) + countActions(node.children ?? []), 0);

describe('demo plans', () => {
  it('gives Ville de Démo a plan de mandat and a feuille de route numérique full of fiches, once', async () => {
    expect(await seedDemo(db, clock)).toBe(true);

    const allPlans = await db.select().from(plans);
    const mandate = allPlans.find((p) => p.name === 'Plan de mandat 2026-2032')!;
    const roadmap = allPlans.find((p) => p.name === 'Feuille de route numérique 2026-2030')!;
    expect(mandate).toMatchObject({ kind: 'mandate', state: 'active', levelNames: ['Axe', 'Objectif stratégique', 'Objectif opérationnel'] });
    expect(roadmap).toMatchObject({ kind: 'roadmap', state: 'active' });

    const nodes = await db.select().from(planNodes);
    const mandateNodes = nodes.filter((n) => n.planId === mandate.id);
    const roadmapNodes = nodes.filter((n) => n.planId === roadmap.id);
    expect(mandateNodes.filter((n) => n.parentId === null)).toHaveLength(3);
    expect(mandateNodes).toHaveLength(countNodes(MANDATE_PLAN.nodes));
    expect(roadmapNodes).toHaveLength(12);
    expect(roadmapNodes.every((n) => n.parentId === null && n.leadOrgUnitId)).toBe(true);

    const rows = await db.select().from(actions);
    const mandateActions = rows.filter((a) => a.planId === mandate.id);
    const roadmapActions = rows.filter((a) => a.planId === roadmap.id);
    expect(mandateActions).toHaveLength(countActions(MANDATE_PLAN.nodes));
    expect(mandateActions.length).toBeGreaterThanOrEqual(38);
    expect(roadmapActions).toHaveLength(countActions(ROADMAP_PLAN.nodes));
    expect(roadmapActions.length).toBeGreaterThanOrEqual(180);
    // Mandate actions hang on the deepest level (objectifs opérationnels).
    const leafIds = new Set(mandateNodes.filter((n) => !mandateNodes.some((c) => c.parentId === n.id)).map((n) => n.id));
    expect(mandateActions.every((a) => leafIds.has(a.nodeId))).toBe(true);

    // Statuses: every default one is used; progress agrees with the category.
    const categories = new Map((await db.select().from(statuses)).map((s) => [s.id, s]));
    const used = new Set(rows.map((a) => categories.get(a.statusId)!.label));
    expect(used.size).toBe(7);
    for (const action of rows) {
      const category = categories.get(action.statusId)!.category;
      if (category === 'done') expect(action.progress).toBe(100);
      if (category === 'not_started') expect(action.progress).toBeLessThanOrEqual(10);
      expect(action.startsOn! <= action.endsOn!).toBe(true);
    }
    expect(new Set(rows.map((a) => a.weather))).toEqual(new Set(['sunny', 'cloudy', 'stormy', null]));

    // Late (computed as the shared rule does) and flagship actions, in both plans.
    const allMilestones = await db.select().from(milestones);
    const late = rows.filter((a) =>
      isLate(
        { category: categories.get(a.statusId)!.category, endsOn: a.endsOn },
        allMilestones.filter((m) => m.actionId === a.id),
        today,
      ),
    );
    expect(late.filter((a) => a.planId === mandate.id).length).toBeGreaterThan(0);
    expect(late.filter((a) => a.planId === roadmap.id).length).toBeGreaterThan(10);
    expect(allMilestones.some((m) => !m.doneOn && m.dueOn! < today)).toBe(true);
    for (const list of [mandateActions, roadmapActions]) {
      const flagships = list.filter((a) => a.flagship).length;
      expect(flagships / list.length).toBeGreaterThan(0.05);
      expect(flagships / list.length).toBeLessThan(0.2);
    }
    expect(rows.filter((a) => a.visibility === 'unit').length).toBeGreaterThan(0);
    expect(rows.filter((a) => a.visibility === 'organization').length).toBeGreaterThan(rows.length * 0.8);

    // Pilots among the demo accounts; the pilot carries several actions and co-pilots others.
    const byEmail = new Map((await db.select().from(users)).map((u) => [u.email, u.id]));
    const pilotId = byEmail.get('pilote@demo.pilotis.fr')!;
    expect(rows.filter((a) => a.pilotId === pilotId).length).toBeGreaterThan(20);
    expect(mandateActions.filter((a) => a.pilotId === pilotId).length).toBeGreaterThan(5);
    expect((await db.select().from(actionCopilots)).some((c) => c.userId === pilotId)).toBe(true);
    expect(rows.some((a) => a.pilotId === null)).toBe(true);

    // Plan roles: the administratrice manages both plans, the lecteur reads the plan de mandat.
    const members = await db.select().from(planMembers);
    for (const plan of [mandate, roadmap]) {
      expect(members).toContainEqual(expect.objectContaining({ planId: plan.id, userId: byEmail.get('admin@demo.pilotis.fr'), role: 'manager' }));
    }
    expect(members).toContainEqual(expect.objectContaining({ planId: mandate.id, userId: byEmail.get('lecteur@demo.pilotis.fr'), role: 'reader' }));

    // Log, tasks, budgets; search text as the actions module builds it.
    const logs = await db.select().from(logEntries);
    expect(logs.length).toBeGreaterThan(200);
    expect(logs.every((l) => l.occurredOn <= today)).toBe(true);
    expect((await db.select().from(tasks)).length).toBeGreaterThan(0);
    const budgets = await db.select().from(budgetLines);
    expect(new Set(budgets.map((b) => b.nature))).toEqual(new Set(['investment', 'operating']));
    for (const b of budgets) expect(b.plannedCents >= b.committedCents && b.committedCents >= b.spentCents).toBe(true);
    expect(budgets.some((b) => b.spentCents > 0)).toBe(true);
    const withLog = rows.find((a) => logs.some((l) => l.actionId === a.id))!;
    expect(withLog.searchText).toContain(foldForSearch(withLog.title));
    expect(withLog.searchText).toContain(foldForSearch(logs.find((l) => l.actionId === withLog.id)!.body));
    expect(withLog.searchText).not.toMatch(/[éèàç]/);

    // One history event per plan, not one per row.
    const planEvents = await db.select().from(auditEvents).where(eq(auditEvents.entityType, 'plan'));
    expect(planEvents.map((e) => e.entityId).sort()).toEqual(allPlans.map((p) => p.id).sort());

    // Seeding again does nothing.
    expect(await seedDemo(db, clock)).toBe(false);
    expect((await db.select({ n: count() }).from(plans))[0]!.n).toBe(allPlans.length);
    expect((await db.select({ n: count() }).from(actions))[0]!.n).toBe(rows.length);
  });
});
