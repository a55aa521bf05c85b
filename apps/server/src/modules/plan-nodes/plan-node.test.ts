import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { addPlanMember, createNode, createPlan, insertAction, type NodeBody } from '../../../test/plan-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';
import { auditEvents } from '../audit/audit.table.js';

const testApp = await createTestApp();

async function treeOf(session: Session, planId: string): Promise<NodeBody[]> {
  const response = await session.request('GET', `/api/plans/${planId}/tree`);
  expect(response.statusCode).toBe(200);
  return response.json().data.nodes;
}
const codes = async (session: Session, planId: string) => (await treeOf(session, planId)).map((n) => `${n.code} ${n.title}`);

describe('plan nodes: the tree of a plan', () => {
  it('creates nodes at any depth with codes and level names (the last name below the last level)', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    const plan = await createPlan(admin, { levelNames: ['Axe', 'Objectif'] });
    const axis = await createNode(admin, plan.id, 'Numérique', null, { leadOrgUnitId: unit.id, description: 'Axe numérique' });
    expect(axis).toMatchObject({ code: '1', depth: 0, levelName: 'Axe', position: 0, version: 1, leadOrgUnitId: unit.id, description: 'Axe numérique' });
    const goal = await createNode(admin, plan.id, 'Fibre', axis.id);
    expect(goal).toMatchObject({ code: '1.1', depth: 1, levelName: 'Objectif' });
    const deep = await createNode(admin, plan.id, 'Quartier nord', goal.id);
    expect(deep).toMatchObject({ code: '1.1.1', depth: 2, levelName: 'Objectif' });
    const second = await createNode(admin, plan.id, 'Mobilités');
    expect(second.code).toBe('2');
    const first = await createNode(admin, plan.id, 'Transition', null, { position: 0 });
    expect(first.code).toBe('1');
    expect(await codes(admin, plan.id)).toEqual(['1 Transition', '2 Numérique', '2.1 Fibre', '2.1.1 Quartier nord', '3 Mobilités']);
  });

  it('reorders among siblings and renumbers so codes stay 1, 2, 3', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const a = await createNode(admin, plan.id, 'A');
    await createNode(admin, plan.id, 'B');
    await createNode(admin, plan.id, 'C');
    const moved = await admin.request('PATCH', `/api/nodes/${a.id}`, { version: 1, position: 2 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ data: { code: '3', position: 2, version: 2 }, can: { update: true, delete: true } });
    expect(await codes(admin, plan.id)).toEqual(['1 B', '2 C', '3 A']);
    const tree = await treeOf(admin, plan.id);
    expect(tree.map((n) => n.position)).toEqual([0, 1, 2]);
    const back = await admin.request('PATCH', `/api/nodes/${a.id}`, { version: 2, position: 0, title: 'A bis' });
    expect(back.json().data).toMatchObject({ code: '1', title: 'A bis' });
    expect(await codes(admin, plan.id)).toEqual(['1 A bis', '2 B', '3 C']);
  });

  it('moves a subtree under another parent, renumbering both sides, and never under itself or a descendant', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const a = await createNode(admin, plan.id, 'A');
    const b = await createNode(admin, plan.id, 'B');
    const a1 = await createNode(admin, plan.id, 'A1', a.id);
    const a2 = await createNode(admin, plan.id, 'A2', a.id);
    const a21 = await createNode(admin, plan.id, 'A21', a2.id);

    const moved = await admin.request('PATCH', `/api/nodes/${a1.id}`, { version: 1, parentId: b.id });
    expect(moved.json().data).toMatchObject({ parentId: b.id, code: '2.1', depth: 1 });
    expect(await codes(admin, plan.id)).toEqual(['1 A', '1.1 A2', '1.1.1 A21', '2 B', '2.1 A1']);

    for (const parentId of [a.id, a21.id]) {
      const cycle = await admin.request('PATCH', `/api/nodes/${a.id}`, { version: 1, parentId });
      expect(cycle.statusCode).toBe(400);
      expect(issuePaths(cycle.json())).toEqual(['parentId']);
    }
    const otherPlan = await createPlan(admin, { name: 'Autre' });
    const elsewhere = await createNode(admin, otherPlan.id, 'Ailleurs');
    const crossPlan = await admin.request('PATCH', `/api/nodes/${a.id}`, { version: 1, parentId: elsewhere.id });
    expect(issuePaths(crossPlan.json())).toEqual(['parentId']);

    const toRoot = await admin.request('PATCH', `/api/nodes/${a2.id}`, { version: 1, parentId: null, position: 0 });
    expect(toRoot.json().data.code).toBe('1');
    expect(await codes(admin, plan.id)).toEqual(['1 A2', '1.1 A21', '2 A', '3 B', '3.1 A1']);
  });

  it('answers 409 to a stale version and 400 to bad input, writing nothing', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const node = await createNode(admin, plan.id, 'A');
    await admin.request('PATCH', `/api/nodes/${node.id}`, { version: 1, title: 'A renommé' });
    const stale = await admin.request('PATCH', `/api/nodes/${node.id}`, { version: 1, title: 'Trop tard' });
    expect(stale.statusCode).toBe(409);
    const unknownField = await admin.request('PATCH', `/api/nodes/${node.id}`, { version: 2, code: '7' });
    expect(issuePaths(unknownField.json())).toEqual(['code']);
    const noTitle = await admin.request('POST', `/api/plans/${plan.id}/nodes`, { parentId: null, title: ' ' });
    expect(issuePaths(noTitle.json())).toEqual(['title']);
    const badUnit = await admin.request('POST', `/api/plans/${plan.id}/nodes`, { title: 'B', leadOrgUnitId: node.id });
    expect(issuePaths(badUnit.json())).toEqual(['leadOrgUnitId']);
    const badParent = await admin.request('POST', `/api/plans/${plan.id}/nodes`, { title: 'B', parentId: plan.id });
    expect(issuePaths(badParent.json())).toEqual(['parentId']);
    expect(await codes(admin, plan.id)).toEqual(['1 A renommé']);
  });

  it('deletes an empty subtree, renumbering siblings, and refuses (409) while it or a descendant holds actions', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const a = await createNode(admin, plan.id, 'A');
    const a1 = await createNode(admin, plan.id, 'A1', a.id);
    await createNode(admin, plan.id, 'A11', a1.id);
    const b = await createNode(admin, plan.id, 'B');
    const b1 = await createNode(admin, plan.id, 'B1', b.id);
    await createNode(admin, plan.id, 'C');
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: b1.id });

    const refused = await admin.request('DELETE', `/api/nodes/${b.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('conflict');
    expect((await admin.request('DELETE', `/api/nodes/${a.id}`)).statusCode).toBe(204);
    expect(await codes(admin, plan.id)).toEqual(['1 B', '1.1 B1', '2 C']);
    expect((await admin.request('DELETE', `/api/nodes/${a.id}`)).statusCode).toBe(404);
  });

  it('lets only managers and admins shape the tree; readers get 403, other collectivités 404', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const manager = await createMember(testApp, admin);
    const contributor = await createMember(testApp, admin);
    const plan = await createPlan(admin, { state: 'active' });
    await addPlanMember(admin, plan.id, manager.id, 'manager');
    await addPlanMember(admin, plan.id, contributor.id, 'contributor');
    const node = await createNode(manager.session, plan.id, 'Par le manager');
    expect((await contributor.session.request('POST', `/api/plans/${plan.id}/nodes`, { title: 'X' })).statusCode).toBe(403);
    const asContributor = await contributor.session.request('PATCH', `/api/nodes/${node.id}`, { version: 1, title: 'X' });
    expect(asContributor.statusCode).toBe(403);
    expect((await contributor.session.request('DELETE', `/api/nodes/${node.id}`)).statusCode).toBe(403);
    expect((await contributor.session.request('GET', `/api/plans/${plan.id}/tree`)).json().can.update).toBe(false);

    const { admin: stranger } = await createOrganizationWithAdmin(testApp);
    expect((await stranger.request('PATCH', `/api/nodes/${node.id}`, { version: 1, title: 'X' })).statusCode).toBe(404);
    expect((await stranger.request('DELETE', `/api/nodes/${node.id}`)).statusCode).toBe(404);
    expect((await stranger.request('GET', `/api/history/planNode/${node.id}`)).statusCode).toBe(404);
  });

  it('records node creation, updates and deletion in the history', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const node = await createNode(admin, plan.id, 'Axe');
    await admin.request('PATCH', `/api/nodes/${node.id}`, { version: 1, title: 'Axe 1', description: 'Pourquoi' });
    const history = await readHistory(admin, 'planNode', node.id);
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(history.find((e) => e.action === 'update')!.changes).toEqual({
      title: { before: 'Axe', after: 'Axe 1' },
      description: { before: '', after: 'Pourquoi' },
    });
    const child = await createNode(admin, plan.id, 'Objectif', node.id);
    expect((await admin.request('DELETE', `/api/nodes/${node.id}`)).statusCode).toBe(204);
    const events = await testApp.ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, child.id));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'delete']);
  });
});
