import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { createNode, createPlan, type NodeBody } from '../../../test/plan-factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();

describe('plan nodes: simultaneous changes', () => {
  it('never builds a cycle from two crossed moves sent at once', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const a = await createNode(admin, plan.id, 'A');
    const b = await createNode(admin, plan.id, 'B');
    const [ab, ba] = await Promise.all([
      admin.request('PATCH', `/api/nodes/${a.id}`, { version: 1, parentId: b.id }),
      admin.request('PATCH', `/api/nodes/${b.id}`, { version: 1, parentId: a.id }),
    ]);
    expect([ab.statusCode, ba.statusCode].sort()).toEqual([200, 400]);
    const nodes: NodeBody[] = (await admin.request('GET', `/api/plans/${plan.id}/tree`)).json().data.nodes;
    expect(nodes.filter((n) => n.parentId === null)).toHaveLength(1);
  });

  it('keeps positions 0..n-1 when siblings are added and moved at once', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin);
    const first = await createNode(admin, plan.id, 'Premier');
    await Promise.all([
      ...['B', 'C', 'D', 'E'].map((title) => admin.request('POST', `/api/plans/${plan.id}/nodes`, { title, position: 0 })),
      admin.request('PATCH', `/api/nodes/${first.id}`, { version: 1, position: 3 }),
    ]);
    const nodes: NodeBody[] = (await admin.request('GET', `/api/plans/${plan.id}/tree`)).json().data.nodes;
    expect(nodes.map((n) => n.position)).toEqual([0, 1, 2, 3, 4]);
    expect(nodes.map((n) => n.code)).toEqual(['1', '2', '3', '4', '5']);
  });
});
