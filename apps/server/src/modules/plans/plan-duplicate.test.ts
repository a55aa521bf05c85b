import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { addPlanMember, createNode, createPlan, insertAction, type NodeBody } from '../../../test/plan-factories.js';
import { createTestApp } from '../../../test/test-app.js';
import { actions } from '../actions/action.table.js';
import { statuses } from '../statuses/status.table.js';

const testApp = await createTestApp();

describe('plans: duplicate as the template of the next period', () => {
  it('copies levels and the whole tree into a new draft plan, without actions by default', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const source = await createPlan(admin, { state: 'active', startsOn: '2020-01-01', endsOn: '2026-03-01', levelNames: ['Axe', 'Objectif'] });
    const a = await createNode(admin, source.id, 'Axe A', null, { description: 'Le pourquoi' });
    await createNode(admin, source.id, 'Objectif A1', a.id);
    await createNode(admin, source.id, 'Axe B');
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: source.id, nodeId: a.id });

    const response = await admin.request('POST', `/api/plans/${source.id}/duplicate`, { name: 'Plan 2026-2032', startsOn: '2026-03-15', endsOn: '2032-03-14' });
    expect(response.statusCode).toBe(201);
    const copy = response.json().data;
    expect(copy).toMatchObject({ name: 'Plan 2026-2032', kind: 'mandate', state: 'draft', startsOn: '2026-03-15', myRole: 'manager', levelNames: ['Axe', 'Objectif'] });
    const tree = (await admin.request('GET', `/api/plans/${copy.id}/tree`)).json().data;
    expect(tree.nodes.map((n: NodeBody & { description: string }) => `${n.code} ${n.title} ${n.description}`.trim())).toEqual([
      '1 Axe A Le pourquoi',
      '1.1 Objectif A1',
      '2 Axe B',
    ]);
    expect(tree.nodes.map((n: NodeBody) => n.id)).not.toContain(a.id);
    expect(tree.plan.rollup.actionCount).toBe(0);
    const history = await readHistory(admin, 'plan', copy.id);
    expect(history.find((e) => e.action === 'create')!.changes.duplicatedFrom).toEqual({ before: null, after: source.id });
  });

  it('with actions, restarts every fiche at the first not-started status, progress 0, no dates', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const pilot = await createMember(testApp, admin);
    const source = await createPlan(admin);
    const node = await createNode(admin, source.id, 'Axe');
    const top = await insertAction(testApp.ctx, { organizationId: organization.id, planId: source.id, nodeId: node.id, category: 'done', progress: 100, endsOn: '2025-12-31' });
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: source.id, nodeId: node.id, parentActionId: top.id, progress: 50 });
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: source.id, nodeId: node.id, mergedIntoId: top.id });
    await testApp.ctx.db.update(actions).set({ pilotId: pilot.id, weather: 'stormy', flagship: true }).where(eq(actions.id, top.id));
    // "À lancer" turned off: the next active not-started status is used.
    await testApp.ctx.db.update(statuses).set({ active: false }).where(and(eq(statuses.organizationId, organization.id), eq(statuses.label, 'À lancer')));

    const response = await admin.request('POST', `/api/plans/${source.id}/duplicate`, { name: 'Suite', withActions: true });
    expect(response.statusCode).toBe(201);
    const copyId = response.json().data.id;
    const copied = await testApp.ctx.db
      .select({ a: actions, status: statuses.label })
      .from(actions)
      .innerJoin(statuses, eq(statuses.id, actions.statusId))
      .where(eq(actions.planId, copyId));
    expect(copied).toHaveLength(2);
    const parent = copied.find((row) => !row.a.parentActionId)!;
    expect(parent).toMatchObject({ status: 'Recherche de pilote', a: { progress: 0, endsOn: null, weather: null, pilotId: pilot.id, flagship: true, version: 1 } });
    expect(parent.a.id).not.toBe(top.id);
    expect(copied.find((row) => row.a.parentActionId)!.a.parentActionId).toBe(parent.a.id);
    const tree = (await admin.request('GET', `/api/plans/${copyId}/tree`)).json().data;
    expect(tree.plan.rollup).toMatchObject({ actionCount: 1, progress: 0, byCategory: { not_started: 1 } });
  });

  it('is an admin act on a readable plan, with the same date rule as a plan', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const manager = await createMember(testApp, admin);
    const source = await createPlan(admin);
    await addPlanMember(admin, source.id, manager.id, 'manager');
    expect((await manager.session.request('POST', `/api/plans/${source.id}/duplicate`, { name: 'Copie' })).statusCode).toBe(403);
    const backwards = await admin.request('POST', `/api/plans/${source.id}/duplicate`, { name: 'Copie', startsOn: '2030-01-01', endsOn: '2029-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect(issuePaths(backwards.json())).toEqual(['endsOn']);
    const { admin: stranger } = await createOrganizationWithAdmin(testApp);
    expect((await stranger.request('POST', `/api/plans/${source.id}/duplicate`, { name: 'Copie' })).statusCode).toBe(404);
  });
});
