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
