import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit, PASSWORD } from '../../../test/factories.js';
import { readHistory } from '../../../test/history.js';
import { createTestApp, signIn } from '../../../test/test-app.js';
import type { MemberActor } from '../../http/actor.js';
import { updatePerson } from './user.service.js';

const testApp = await createTestApp();
const { app } = testApp;

const login = (email: string, password = PASSWORD) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('deactivating a person', () => {
  it('stops them signing in and cuts off their live session, without deleting them', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    const { session, email, id } = await createMember(testApp, admin);
    expect((await session.request('GET', '/api/org-units')).statusCode).toBe(200);

    const off = await admin.request('PATCH', `/api/users/${id}`, { version: 1, active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().data.active).toBe(false);

    expect((await login(email)).statusCode).toBe(401);
    for (const [method, url, body] of [
      ['GET', '/api/org-units', undefined],
      ['GET', `/api/org-units/${unit.id}`, undefined],
      ['GET', '/api/users', undefined],
      ['POST', '/api/org-units', { name: 'Après coup' }],
    ] as const) {
      const response = await session.request(method, url, body);
      expect([401, 403]).toContain(response.statusCode);
    }
    const me = await session.request('GET', '/api/me');
    expect(me.json().data?.organization ?? null).toBeNull();

    const list = await admin.request('GET', '/api/users');
    expect(list.json().data.find((u: { id: string }) => u.id === id)).toMatchObject({ active: false });
  });

  it('lets them back in once reactivated', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { email, id } = await createMember(testApp, admin);
    await admin.request('PATCH', `/api/users/${id}`, { version: 1, active: false });
    expect((await login(email)).statusCode).toBe(401);
    const on = await admin.request('PATCH', `/api/users/${id}`, { version: 2, active: true });
    expect(on.statusCode).toBe(200);
    expect((await login(email)).statusCode).toBe(200);
  });
});

describe('admins and their own account', () => {
  it('forbids an admin to demote or deactivate themself, but lets them rename themself', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const demote = await admin.request('PATCH', `/api/users/${admin.userId}`, { version: 1, orgRole: 'member' });
    expect(demote.statusCode).toBe(403);
    expect(demote.json().error.code).toBe('forbidden');
    const deactivate = await admin.request('PATCH', `/api/users/${admin.userId}`, { version: 1, active: false });
    expect(deactivate.statusCode).toBe(403);
    const self = await admin.request('GET', `/api/users/${admin.userId}`);
    expect(self.json().data).toMatchObject({ orgRole: 'admin', active: true, version: 1 });
    expect(self.json().can).toMatchObject({ changeRole: false, deactivate: false });

    const rename = await admin.request('PATCH', `/api/users/${admin.userId}`, { version: 1, name: 'Admin Renommé', orgRole: 'admin', active: true });
    expect(rename.statusCode).toBe(200);
  });

  it('lets one admin promote and demote another', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { session: second, id } = await createMember(testApp, admin, { orgRole: 'admin' });
    expect((await second.request('POST', '/api/org-units', { name: 'Par le second' })).statusCode).toBe(201);
    const demote = await admin.request('PATCH', `/api/users/${id}`, { version: 1, orgRole: 'member' });
    expect(demote.statusCode).toBe(200);
    expect((await second.request('POST', '/api/org-units', { name: 'Plus le droit' })).statusCode).toBe(403);
    const selfPromote = await second.request('PATCH', `/api/users/${id}`, { version: 2, orgRole: 'admin' });
    expect(selfPromote.statusCode).toBe(403);
  });

  it('keeps at least one active admin even when two admins act on stale sessions, and records nothing', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const second = await createMember(testApp, admin, { orgRole: 'admin' });
    // The second admin's request was authorised just before the first admin deactivated them.
    const staleSecond: MemberActor = {
      userId: second.id,
      name: 'Agent Test',
      email: second.email,
      sessionId: 'stale',
      csrfToken: 'stale',
      organizationId: organization.id,
      orgRole: 'admin',
      unitIds: [],
    };
    expect((await admin.request('PATCH', `/api/users/${second.id}`, { version: 1, active: false })).statusCode).toBe(200);
    const before = await readHistory(admin, 'user', admin.userId);

    await expect(updatePerson(testApp.ctx, staleSecond, admin.userId, { version: 1, active: false })).rejects.toMatchObject({
      status: 409,
      code: 'conflict',
    });
    const self = await admin.request('GET', `/api/users/${admin.userId}`);
    expect(self.json().data).toMatchObject({ active: true, version: 1 });
    expect(await readHistory(admin, 'user', admin.userId)).toEqual(before);
  });
});

describe('one account, several collectivités', () => {
  it('adds an existing account to a second collectivité, keeping its password, then lets it switch', async () => {
    const alpha = await createOrganizationWithAdmin(testApp, `Alpha ${Date.now()}`);
    const beta = await createOrganizationWithAdmin(testApp, `Beta ${Date.now()}`);
    const alphaUnit = await createUnit(alpha.admin, 'Unité Alpha');
    const betaUnit = await createUnit(beta.admin, 'Unité Beta');
    const { email, id } = await createMember(testApp, alpha.admin);

    const added = await beta.admin.request('POST', '/api/users', { email, name: 'Autre nom', orgRole: 'admin', password: 'ignored-password-1' });
    expect(added.statusCode).toBe(201);
    expect(added.json().data).toMatchObject({ id, orgRole: 'admin' });
    expect(added.json().invitationUrl).toBeUndefined();
    expect((await login(email, 'ignored-password-1')).statusCode).toBe(401);

    const person = await signIn(testApp, email, PASSWORD);
    expect(person.organizationId).toBe(alpha.organization.id);
    const me = (await person.request('GET', '/api/me')).json().data;
    expect(me.organizations.map((o: { id: string }) => o.id)).toEqual([alpha.organization.id, beta.organization.id]);

    const ids = async () => (await person.request('GET', '/api/org-units')).json().data.map((u: { id: string }) => u.id);
    expect(await ids()).toEqual([alphaUnit.id]);
    expect((await person.request('GET', `/api/org-units/${betaUnit.id}`)).statusCode).toBe(404);
    expect((await person.request('POST', '/api/org-units', { name: 'Membre seulement ici' })).statusCode).toBe(403);

    const switched = await person.request('POST', '/api/me/organization', { organizationId: beta.organization.id });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().data.organization).toMatchObject({ id: beta.organization.id, orgRole: 'admin' });
    expect(await ids()).toEqual([betaUnit.id]);
    expect((await person.request('GET', `/api/org-units/${alphaUnit.id}`)).statusCode).toBe(404);
    expect((await person.request('POST', '/api/org-units', { name: 'Admin ici' })).statusCode).toBe(201);
  });

  it('refuses to switch to a collectivité the account does not belong to, or no longer belongs to', async () => {
    const alpha = await createOrganizationWithAdmin(testApp);
    const beta = await createOrganizationWithAdmin(testApp);
    const { session, email } = await createMember(testApp, alpha.admin);
    const foreign = await session.request('POST', '/api/me/organization', { organizationId: beta.organization.id });
    expect(foreign.statusCode).toBe(404);

    const added = await beta.admin.request('POST', '/api/users', { email, name: 'X' });
    await beta.admin.request('PATCH', `/api/users/${added.json().data.id}`, { version: 1, active: false });
    expect((await session.request('POST', '/api/me/organization', { organizationId: beta.organization.id })).statusCode).toBe(404);
    expect((await session.request('GET', '/api/me')).json().data.organization.id).toBe(alpha.organization.id);
  });
});
