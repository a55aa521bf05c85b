import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit, PASSWORD } from '../../../test/factories.js';
import { issuePaths } from '../../../test/history.js';
import { createTestApp, signIn } from '../../../test/test-app.js';

const testApp = await createTestApp();
const { app } = testApp;
const unique = () => Math.random().toString(36).slice(2, 10);

describe('people: an admin adds accounts', () => {
  it('creates an account with a temporary password the person must change at first sign-in', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'Service urbanisme');
    const email = `Marie.${unique()}@Example.fr`;
    const response = await admin.request('POST', '/api/users', {
      email,
      name: 'Marie Curie',
      orgRole: 'member',
      password: 'temporaire-2026!',
      orgUnitIds: [unit.id],
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.data).toMatchObject({
      email: email.toLowerCase(),
      name: 'Marie Curie',
      orgRole: 'member',
      active: true,
      orgUnitIds: [unit.id],
      mustChangePassword: true,
      invitationPending: false,
      version: 1,
    });
    expect(body.invitationUrl).toBeUndefined();
    expect(body.can).toEqual({ update: true, changeRole: true, deactivate: true, readHistory: true });

    const person = await signIn(testApp, email, 'temporaire-2026!');
    const me = await person.request('GET', '/api/me');
    expect(me.json().data.user.mustChangePassword).toBe(true);
    expect(me.json().data.orgUnitIds).toEqual([unit.id]);
    expect(me.json().data.roles).toEqual(['member']);
  });

  it('lists the people of the collectivité, readable by members without admin abilities', async () => {
    const { admin, adminEmail } = await createOrganizationWithAdmin(testApp);
    const { session: member, email, id } = await createMember(testApp, admin, { name: 'Bernard Agent' });
    const list = await member.request('GET', '/api/users');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((u: { email: string }) => u.email).sort()).toEqual([adminEmail, email].sort());
    const one = await member.request('GET', `/api/users/${id}`);
    expect(one.json().can).toEqual({ update: false, changeRole: false, deactivate: false, readHistory: true });
  });

  it('answers 403 to a member who tries to add or change people', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { session: member, id } = await createMember(testApp, admin);
    const create = await member.request('POST', '/api/users', { email: `x-${unique()}@example.fr`, name: 'Intrus' });
    expect(create.statusCode).toBe(403);
    const promote = await member.request('PATCH', `/api/users/${id}`, { version: 1, orgRole: 'admin' });
    expect(promote.statusCode).toBe(403);
    expect((await admin.request('GET', `/api/users/${id}`)).json().data.orgRole).toBe('member');
  });

  it('answers 409 to an e-mail already present in the collectivité, whatever its case', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { email } = await createMember(testApp, admin);
    const again = await admin.request('POST', '/api/users', { email: email.toUpperCase(), name: 'Doublon', password: PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    expect((await admin.request('GET', '/api/users')).json().data).toHaveLength(2);
  });

  it('renames a person and attaches them to units; a stale version gets 409', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    const { id } = await createMember(testApp, admin);
    const ok = await admin.request('PATCH', `/api/users/${id}`, { version: 1, name: 'Nouveau Nom', orgUnitIds: [unit.id, unit.id] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ name: 'Nouveau Nom', orgUnitIds: [unit.id], version: 2 });
    const stale = await admin.request('PATCH', `/api/users/${id}`, { version: 1, name: 'Écrasé' });
    expect(stale.statusCode).toBe(409);
    expect((await admin.request('GET', `/api/users/${id}`)).json().data.name).toBe('Nouveau Nom');
  });

  it('refuses units of another collectivité with 400 on orgUnitIds', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const other = await createOrganizationWithAdmin(testApp);
    const foreign = await createUnit(other.admin, 'Ailleurs');
    const response = await admin.request('POST', '/api/users', { email: `u-${unique()}@example.fr`, name: 'X', orgUnitIds: [foreign.id] });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['orgUnitIds']);
  });

  it('answers 404 for a person of another collectivité, on GET and PATCH', async () => {
    const lyon = await createOrganizationWithAdmin(testApp);
    const brest = await createOrganizationWithAdmin(testApp);
    const { id } = await createMember(testApp, lyon.admin);
    expect((await brest.admin.request('GET', `/api/users/${id}`)).statusCode).toBe(404);
    const patch = await brest.admin.request('PATCH', `/api/users/${id}`, { version: 1, active: false });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe('not_found');
    expect((await brest.admin.request('GET', '/api/users')).json().data).toHaveLength(1);
  });
});

describe('people: bad input', () => {
  it('rejects unknown fields with an issue naming the field', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const response = await admin.request('POST', '/api/users', { email: `u-${unique()}@example.fr`, name: 'X', isSuperAdmin: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(issuePaths(response.json())).toEqual(['isSuperAdmin']);
  });

  it('rejects wrong types with the path of each bad field', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const response = await admin.request('POST', '/api/users', { email: `u-${unique()}@example.fr`, name: ['X'], orgRole: 'root', orgUnitIds: ['nope'] });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json()).sort()).toEqual(['name', 'orgRole', 'orgUnitIds.0']);
    const patch = await admin.request('PATCH', `/api/users/${admin.userId}`, { version: '1' });
    expect(patch.statusCode).toBe(400);
    expect(issuePaths(patch.json())).toEqual(['version']);
  });

  it('rejects an invalid e-mail and a too short temporary password', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const email = await admin.request('POST', '/api/users', { email: 'pas-une-adresse', name: 'X' });
    expect(email.statusCode).toBe(400);
    expect(issuePaths(email.json())).toEqual(['email']);
    const short = await admin.request('POST', '/api/users', { email: `u-${unique()}@example.fr`, name: 'X', password: 'court' });
    expect(short.statusCode).toBe(400);
    expect(issuePaths(short.json())).toEqual(['password']);
  });

  it('rejects malformed JSON with 400 validation_failed in the error shape', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      payload: '{"email": "a@b.fr", "name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'validation_failed', message: expect.any(String) } });
  });
});
