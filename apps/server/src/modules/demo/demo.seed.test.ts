import { buildTree, type OrgUnit } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { createTestApp, signIn } from '../../../test/test-app.js';
import { createTestDatabase } from '../../../test/test-db.js';
import { fixedClock } from '../../lib/clock.js';
import { countOrganizations, findOrganizationsByName } from '../organizations/organization.repository.js';
import { createOrganization } from '../organizations/organization.service.js';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATION, DEMO_PASSWORD, seedDemo } from './demo.seed.js';

/** A fresh, empty database (no organisation) behind the real app. */
const testApp = await createTestApp();

describe('demo seed', () => {
  it('creates Ville de Démo with its tree and four accounts on an empty database, once', async () => {
    expect(await seedDemo(testApp.ctx.db, testApp.clock)).toBe(true);

    expect(DEMO_ORGANIZATION).toBe('Ville de Démo');
    expect(DEMO_ACCOUNTS.map((a) => a.email)).toEqual([
      'admin@demo.pilotis.fr',
      'pilote@demo.pilotis.fr',
      'elu@demo.pilotis.fr',
      'lecteur@demo.pilotis.fr',
    ]);
    const sessions = [];
    for (const account of DEMO_ACCOUNTS) {
      const session = await signIn(testApp, account.email, 'pilotis-demo');
      const me = (await session.request('GET', '/api/me')).json().data;
      expect(me.organization).toMatchObject({ name: 'Ville de Démo', orgRole: account.orgRole });
      expect(me.user.mustChangePassword).toBe(false);
      sessions.push(session);
    }
    expect(DEMO_PASSWORD).toBe('pilotis-demo');
    expect(DEMO_ACCOUNTS.filter((a) => a.orgRole === 'admin')).toHaveLength(1);

    const units: OrgUnit[] = (await sessions[0]!.request('GET', '/api/org-units')).json().data;
    expect(units).toHaveLength(10);
    const roots = buildTree(units);
    expect(roots.map((r) => r.item.name)).toEqual(['Direction Générale']);
    const directions = roots[0]!.children;
    expect(directions).toHaveLength(3);
    for (const direction of directions) {
      expect(direction.item.name).toMatch(/^Direction /);
      expect(direction.children).toHaveLength(2);
      for (const service of direction.children) {
        expect(service.item.name).toMatch(/^Service /);
        expect(service.children).toEqual([]);
      }
    }

    expect(await seedDemo(testApp.ctx.db, testApp.clock)).toBe(false);
    expect(await countOrganizations(testApp.ctx.db)).toBe(1);
    expect((await sessions[0]!.request('GET', '/api/org-units')).json().data).toHaveLength(10);
    expect((await sessions[0]!.request('GET', '/api/users')).json().data).toHaveLength(4);
  });

  it('creates nothing on a database that already holds a collectivité', async () => {
    const database = await createTestDatabase();
    try {
      const clock = fixedClock('2026-03-02T09:00:00.000Z');
      await database.db.transaction((tx) => createOrganization(tx, { clock }, 'Ville de Lyon'));
      expect(await seedDemo(database.db, clock)).toBe(false);
      expect(await countOrganizations(database.db)).toBe(1);
      expect(await findOrganizationsByName(database.db, DEMO_ORGANIZATION)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
