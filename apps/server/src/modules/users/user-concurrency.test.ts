import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();

describe('people: concurrent edits', () => {
  it('keeps an active admin when two admins deactivate each other at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const { admin } = await createOrganizationWithAdmin(testApp);
      const second = await createMember(testApp, admin, { orgRole: 'admin' });
      const responses = await Promise.all([
        admin.request('PATCH', `/api/users/${second.id}`, { version: 1, active: false }),
        second.session.request('PATCH', `/api/users/${admin.userId}`, { version: 1, active: false }),
      ]);
      expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1);
      const survivor = responses[0]!.statusCode === 200 ? admin : second.session;
      const people = (await survivor.request('GET', '/api/users')).json().data as { orgRole: string; active: boolean }[];
      expect(people.filter((p) => p.orgRole === 'admin' && p.active)).toHaveLength(1);
    }
  });
});

describe('people: the same new e-mail added twice at once', () => {
  it('answers 409 (not 500) to the loser within one collectivité', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const email = `double-${Date.now()}@example.fr`;
    const responses = await Promise.all([1, 2].map(() => admin.request('POST', '/api/users', { email, name: 'Double' })));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('gives one account with two memberships when two collectivités add it at once', async () => {
    const lyon = await createOrganizationWithAdmin(testApp);
    const brest = await createOrganizationWithAdmin(testApp);
    const email = `partage-${Date.now()}@example.fr`;
    const responses = await Promise.all([lyon.admin, brest.admin].map((admin) => admin.request('POST', '/api/users', { email, name: 'Partagé' })));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(responses[0]!.json().data.id).toBe(responses[1]!.json().data.id);
  });
});
