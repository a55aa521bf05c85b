import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();

describe('org units: concurrent edits', () => {
  it('never lets two simultaneous moves build a cycle', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    for (let round = 0; round < 5; round++) {
      const a = await createUnit(admin, `A${round}`);
      const b = await createUnit(admin, `B${round}`);
      const [first, second] = await Promise.all([
        admin.request('PATCH', `/api/org-units/${a.id}`, { version: 1, parentId: b.id }),
        admin.request('PATCH', `/api/org-units/${b.id}`, { version: 1, parentId: a.id }),
      ]);
      expect([first.statusCode, second.statusCode].sort()).toEqual([200, 400]);
      const units = (await admin.request('GET', '/api/org-units')).json().data as { id: string; parentId: string | null }[];
      const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
      expect(parentOf.get(a.id) === b.id && parentOf.get(b.id) === a.id).toBe(false);
    }
  });

  it('lets exactly one of two simultaneous renames win; the other gets 409', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    const responses = await Promise.all(
      ['Numérique', 'Informatique', 'Systèmes'].map((name) => admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    const winner = responses.find((r) => r.statusCode === 200)!.json().data.name;
    expect((await admin.request('GET', `/api/org-units/${unit.id}`)).json().data).toMatchObject({ name: winner, version: 2 });
  });
});
