import { isLate, nodeCodes, rollupTree, type RollupAction, type StatusCategory } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { createNode, createPlan, insertAction, type ActionSeed } from '../../../test/plan-factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();
// The test clock reads 2026-03-02 in France.
const PAST = '2026-03-01';
const TODAY = '2026-03-02';
const FUTURE = '2026-12-31';

type Seed = Omit<ActionSeed, 'organizationId' | 'planId' | 'nodeId'> & { node: string };

describe('plan tree: roll-ups computed in SQL match rollupTree', () => {
  it('gives every node and the plan the numbers of the shared rule', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin, { state: 'active', levelNames: ['Axe', 'Objectif'] });
    const n: Record<string, string> = {};
    n.a = (await createNode(admin, plan.id, 'Axe A')).id;
    n.b = (await createNode(admin, plan.id, 'Axe B')).id;
    n.empty = (await createNode(admin, plan.id, 'Axe vide')).id;
    n.a1 = (await createNode(admin, plan.id, 'A1', n.a)).id;
    n.a2 = (await createNode(admin, plan.id, 'A2', n.a)).id;
    n.a11 = (await createNode(admin, plan.id, 'A11', n.a1)).id;
    n.b1 = (await createNode(admin, plan.id, 'B1', n.b)).id;

    const budget = (planned: number, committed: number, spent: number) => [
      { year: 2026, nature: 'investment' as const, planned, committed, spent },
      { year: 2027, nature: 'operating' as const, planned: planned * 2, committed: 0, spent: spent + 1 },
    ];
    const seeds: Seed[] = [
      { node: 'a', category: 'in_progress', progress: 40, weight: 2, endsOn: FUTURE, budget: budget(100_000, 50_000, 20_000) },
      { node: 'a', category: 'done', progress: 60, endsOn: PAST }, // done counts 100, never late
      { node: 'a1', category: 'in_progress', progress: 15, endsOn: PAST }, // late by its end date
      { node: 'a1', category: 'not_started', weight: 0.5, milestones: [{ dueOn: PAST, doneOn: null }] }, // late by a milestone
      { node: 'a11', category: 'in_progress', progress: 70, milestones: [{ dueOn: PAST, doneOn: PAST }, { dueOn: TODAY, doneOn: null }] },
      { node: 'a11', category: 'stopped', progress: 90, endsOn: PAST, budget: budget(3_000, 3_000, 3_000) }, // out of the mean, not late
      { node: 'a2', category: 'in_progress', progress: 33, weight: 3, visibility: 'unit' }, // counted whatever its visibility
      { node: 'b1', category: 'not_started', weight: 0 },
      { node: 'b1', category: 'stopped', progress: 10 },
      { node: 'b', category: 'done', progress: 100, weight: 1.5, budget: budget(7_777, 1, 2) },
    ];
    const counted: RollupAction[] = [];
    for (const seed of seeds) {
      const { node, ...rest } = seed;
      const inserted = await insertAction(testApp.ctx, { ...rest, organizationId: organization.id, planId: plan.id, nodeId: n[node]! });
      const category = seed.category as StatusCategory;
      counted.push({
        nodeId: n[node]!,
        weight: seed.weight ?? 1,
        progress: seed.progress ?? 0,
        category,
        late: isLate({ category, endsOn: seed.endsOn ?? null }, seed.milestones ?? [], TODAY),
        plannedCents: (seed.budget ?? []).reduce((s, l) => s + l.planned, 0),
        committedCents: (seed.budget ?? []).reduce((s, l) => s + l.committed, 0),
        spentCents: (seed.budget ?? []).reduce((s, l) => s + l.spent, 0),
      });
      if (node === 'a') {
        // A sub-action and a merged fiche: left out of every roll-up.
        await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: n.a!, parentActionId: inserted.id, progress: 5, endsOn: PAST });
        await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: n.a!, mergedIntoId: inserted.id, endsOn: PAST });
      }
    }
    // A fiche of another plan changes nothing here.
    const other = await createPlan(admin, { name: 'Autre plan' });
    const otherNode = await createNode(admin, other.id, 'Ailleurs');
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: other.id, nodeId: otherNode.id, progress: 99 });

    const { session: member } = await createMember(testApp, admin);
    const response = await member.request('GET', `/api/plans/${plan.id}/tree`);
    expect(response.statusCode).toBe(200);
    const { plan: planBody, nodes } = response.json().data;

    const expected = rollupTree(Object.values(n).map((id) => ({ id, parentId: nodes.find((x: { id: string }) => x.id === id).parentId })), counted);
    const pick = (x: Record<string, unknown>) => ({
      progress: x.progress,
      actionCount: x.actionCount,
      lateCount: x.lateCount,
      byCategory: x.byCategory,
      budget: x.budget,
    });
    for (const node of nodes) expect(pick(node), node.title).toEqual(expected.get(node.id));
    expect(planBody.rollup).toEqual(expected.get('plan'));
    // A few numbers by hand, so the test does not only trust the shared rule.
    expect(planBody.rollup).toMatchObject({ actionCount: 10, lateCount: 2, byCategory: { not_started: 2, in_progress: 4, done: 2, stopped: 2 } });
    expect(nodes.find((x: { id: string }) => x.id === n.empty)).toMatchObject({ progress: null, actionCount: 0, budget: { plannedCents: 0, committedCents: 0, spentCents: 0 } });
    expect(nodes.map((x: { code: string; levelName: string }) => `${x.code} ${x.levelName}`)).toEqual([
      '1 Axe', '1.1 Objectif', '1.1.1 Objectif', '1.2 Objectif', '2 Axe', '2.1 Objectif', '3 Axe',
    ]);
    expect(planBody).toMatchObject({ id: plan.id, myRole: null });
  });

  it('answers an empty plan with zeros, and 404 to those who may not read it', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const response = await admin.request('GET', `/api/plans/${plan.id}/tree`);
    expect(response.json()).toMatchObject({
      data: { plan: { rollup: { progress: null, actionCount: 0, lateCount: 0 } }, nodes: [] },
      can: { update: true },
    });
    const { session: member } = await createMember(testApp, admin);
    expect((await member.request('GET', `/api/plans/${plan.id}/tree`)).statusCode).toBe(404);
  });

  it('writes the JSON JSON.stringify would write, whatever the texts hold, and rounds progress half up', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'Direction « numérique »');
    const plan = await createPlan(admin);
    const title = 'Axe "1" \\ l’eau & <b>';
    const description = 'Ligne 1\nLigne 2\t« tab »\r\u0001\u001f\u2028 😀 \\"';
    const axis = await createNode(admin, plan.id, title, null, { description, leadOrgUnitId: unit.id });
    const empty = await createNode(admin, plan.id, 'Vide', axis.id);
    // (12 × 3 + 13) / 4 = 12.25 → 12.3, as Math.round does (a round-half-even would give 12.2).
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: axis.id, progress: 12, weight: 3, budget: [{ year: 2026, nature: 'investment', planned: 123_456_789_012, committed: 0, spent: 7 }] });
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: axis.id, progress: 13 });

    const response = await admin.request('GET', `/api/plans/${plan.id}/tree`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = response.json();
    expect(response.body).toBe(JSON.stringify(body));
    expect(body.data.nodes).toEqual([
      expect.objectContaining({ id: axis.id, parentId: null, code: '1', title, description, leadOrgUnitId: unit.id, progress: 12.3, actionCount: 2 }),
      expect.objectContaining({ id: empty.id, parentId: axis.id, code: '1.1', title: 'Vide', description: '', leadOrgUnitId: null, progress: null, actionCount: 0 }),
    ]);
    expect(body.data.nodes[0].budget).toEqual({ plannedCents: 123_456_789_012, committedCents: 0, spentCents: 7 });
    expect(body.data.plan.rollup).toMatchObject({ progress: 12.3, actionCount: 2 });
  });

  it('codes and orders the nodes as nodeCodes does, after moves', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin, { levelNames: ['Axe', 'Objectif', 'Action'] });
    const a = await createNode(admin, plan.id, 'A');
    const b = await createNode(admin, plan.id, 'B');
    const c = await createNode(admin, plan.id, 'C');
    const b1 = await createNode(admin, plan.id, 'B1', b.id);
    await createNode(admin, plan.id, 'B2', b.id);
    await createNode(admin, plan.id, 'B11', b1.id);
    await createNode(admin, plan.id, 'A1', a.id);
    expect((await admin.request('PATCH', `/api/nodes/${c.id}`, { version: c.version, position: 0 })).statusCode).toBe(200);
    expect((await admin.request('PATCH', `/api/nodes/${b1.id}`, { version: b1.version, position: 1 })).statusCode).toBe(200);

    const { nodes } = (await admin.request('GET', `/api/plans/${plan.id}/tree`)).json().data;
    const codes = nodeCodes(nodes);
    expect(nodes.map((node: { id: string; code: string }) => node.code)).toEqual(nodes.map((node: { id: string }) => codes.get(node.id)));
    expect(nodes.map((node: { code: string; title: string; levelName: string }) => `${node.code} ${node.title} ${node.levelName}`)).toEqual([
      '1 C Axe', '2 A Axe', '2.1 A1 Objectif', '3 B Axe', '3.1 B2 Objectif', '3.2 B1 Objectif', '3.2.1 B11 Action',
    ]);
  });
});
