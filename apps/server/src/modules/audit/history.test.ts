import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit, PASSWORD } from '../../../test/factories.js';
import { readHistory } from '../../../test/history.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();
const { clock } = testApp;

describe('history of an org unit', () => {
  it('records creation, rename, move and deactivation with actor and field-level before/after', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const parent = await createUnit(admin, 'Direction');
    const unit = await createUnit(admin, 'DRH');
    clock.advance(60_000);
    await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name: 'Ressources humaines' });
    clock.advance(60_000);
    await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 2, parentId: parent.id, active: false });

    const history = await readHistory(admin, 'orgUnit', unit.id);
    expect(history).toHaveLength(3);
    const [created, renamed, moved] = history;
    expect(created).toMatchObject({
      action: 'create',
      entityType: 'orgUnit',
      entityId: unit.id,
      actor: { id: admin.userId, name: 'Admin Test' },
      changes: { name: { before: null, after: 'DRH' }, active: { before: null, after: true } },
    });
    expect(renamed!.changes).toEqual({ name: { before: 'DRH', after: 'Ressources humaines' } });
    expect(renamed!.actor).toEqual({ id: admin.userId, name: 'Admin Test' });
    expect(new Date(renamed!.at).getTime() - new Date(created!.at).getTime()).toBe(60_000);
    expect(moved!.changes).toEqual({ parentId: { before: null, after: parent.id }, active: { before: true, after: false } });
  });

  it('records nothing for an update that changes nothing, nor for a refused one', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name: 'DSI' });
    const { session: member } = await createMember(testApp, admin);
    expect((await member.request('PATCH', `/api/org-units/${unit.id}`, { version: 2, name: 'Pirate' })).statusCode).toBe(403);
    expect((await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 2, parentId: unit.id })).statusCode).toBe(400);
    expect((await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name: 'Vieux' })).statusCode).toBe(409);
    expect((await readHistory(admin, 'orgUnit', unit.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('is readable by members too', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    const { session: member } = await createMember(testApp, admin);
    expect(await readHistory(member, 'orgUnit', unit.id)).toHaveLength(1);
  });
});

describe('history of a person', () => {
  it('records creation and role, name, unit and status changes, never a password', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'Voirie');
    const { id, email } = await createMember(testApp, admin, { name: 'Jean Dupont' });
    await admin.request('PATCH', `/api/users/${id}`, { version: 1, name: 'Jean Dupond', orgRole: 'admin', orgUnitIds: [unit.id] });
    await admin.request('PATCH', `/api/users/${id}`, { version: 2, active: false });

    const history = await readHistory(admin, 'user', id);
    expect(history.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(history[0]!.changes).toMatchObject({ email: { before: null, after: email }, orgRole: { before: null, after: 'member' } });
    expect(history[1]!.changes).toEqual({
      name: { before: 'Jean Dupont', after: 'Jean Dupond' },
      orgRole: { before: 'member', after: 'admin' },
      orgUnitIds: { before: [], after: [unit.id] },
    });
    expect(history[2]!.changes).toEqual({ active: { before: true, after: false } });
    expect(history.every((e) => e.actor?.id === admin.userId)).toBe(true);
    expect(JSON.stringify(history)).not.toMatch(/password|argon2/i);
    expect(JSON.stringify(history)).not.toContain(PASSWORD);
  });

  it('lets a member read their own history but answers 404 for someone else’s', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const me = await createMember(testApp, admin);
    const colleague = await createMember(testApp, admin);
    expect((await readHistory(me.session, 'user', me.id))[0]!.action).toBe('create');
    const other = await me.session.request('GET', `/api/history/user/${colleague.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('not_found');
    const adminHistory = await me.session.request('GET', `/api/history/user/${admin.userId}`);
    expect(adminHistory.statusCode).toBe(404);
  });

  it('leaves no event when a change is refused with 409', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { id, email } = await createMember(testApp, admin);
    expect((await admin.request('PATCH', `/api/users/${id}`, { version: 7, name: 'Trop tard' })).statusCode).toBe(409);
    expect((await admin.request('POST', '/api/users', { email, name: 'Doublon' })).statusCode).toBe(409);
    expect((await readHistory(admin, 'user', id)).map((e) => e.action)).toEqual(['create']);
  });
});

describe('history: what cannot be read', () => {
  it('answers 404 for an unknown entity type, an unknown id or a malformed id', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    for (const url of [
      `/api/history/action/${unit.id}`,
      `/api/history/__proto__/${unit.id}`,
      `/api/history/constructor/${unit.id}`,
      `/api/history/toString/${unit.id}`,
      `/api/history/orgUnit/00000000-0000-4000-8000-000000000000`,
      `/api/history/orgUnit/not-a-uuid`,
    ]) {
      const response = await admin.request('GET', url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('answers 404 for entities of another collectivité', async () => {
    const lyon = await createOrganizationWithAdmin(testApp);
    const brest = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(lyon.admin, 'Lyon DSI');
    const { id } = await createMember(testApp, lyon.admin);
    for (const url of [`/api/history/orgUnit/${unit.id}`, `/api/history/user/${id}`, `/api/history/organization/${lyon.organization.id}`]) {
      expect((await brest.admin.request('GET', url)).statusCode, url).toBe(404);
    }
  });

  it('shows the collectivité’s own history to its admin only', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const { session: member } = await createMember(testApp, admin);
    const history = await readHistory(admin, 'organization', organization.id);
    expect(history[0]).toMatchObject({ action: 'create', actor: null, changes: { name: { before: null, after: organization.name } } });
    expect((await member.request('GET', `/api/history/organization/${organization.id}`)).statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/history/orgUnit/00000000-0000-4000-8000-000000000000' });
    expect(response.statusCode).toBe(401);
  });
});
