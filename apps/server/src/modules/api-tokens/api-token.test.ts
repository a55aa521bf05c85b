import { beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { createApiToken, pushMeasures } from '../../../test/integration-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

let testApp: TestApp;
let admin: Session;

beforeAll(async () => {
  testApp = await createTestApp();
  ({ admin } = await createOrganizationWithAdmin(testApp));
});

describe('API tokens administration', () => {
  it('shows the secret once, at creation; the list only has its prefix', async () => {
    const unit = await createUnit(admin, 'Direction des déchets');
    const created = await createApiToken(admin, { name: 'Logiciel collecte', orgUnitIds: [unit.id], expiresOn: '2027-01-31' });
    expect(created.token).toMatch(/^pil_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created).toMatchObject({ name: 'Logiciel collecte', state: 'active', orgUnitIds: [unit.id], expiresOn: '2027-01-31', createdBy: { name: 'Admin Test' } });

    const list = await admin.request('GET', '/api/api-tokens');
    expect(list.statusCode).toBe(200);
    const listed = list.json().data.find((t: { id: string }) => t.id === created.id);
    expect(listed).toMatchObject({ prefix: created.prefix, state: 'active', lastUsedAt: null });
    expect(list.body).not.toContain(created.token);
  });

  it('revokes a token: it stays listed as revoked and stops working at once', async () => {
    const created = await createApiToken(admin);
    const revoked = await admin.request('DELETE', `/api/api-tokens/${created.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().data).toMatchObject({ id: created.id, state: 'revoked' });
    expect(revoked.json().data.revokedAt).not.toBeNull();
    expect((await admin.request('DELETE', `/api/api-tokens/${created.id}`)).statusCode).toBe(200);

    const push = await pushMeasures(testApp, created.token, [{ indicator: 'X', period: '2026', value: 1 }]);
    expect(push.statusCode).toBe(401);
    expect(push.json().error.message).toBe('Jeton d’API révoqué');

    const history = await admin.request('GET', `/api/history/apiToken/${created.id}`);
    expect(history.statusCode).toBe(200);
    expect(history.json().data.map((e: { action: string }) => e.action)).toEqual(['create', 'revoke']);
  });

  it('is for administrators only', async () => {
    const member = await createMember(testApp, admin);
    expect((await member.session.request('GET', '/api/api-tokens')).statusCode).toBe(403);
    expect((await member.session.request('POST', '/api/api-tokens', { name: 'x' })).statusCode).toBe(403);
  });

  it('refuses an unknown org unit and an expiry in the past', async () => {
    const badUnit = await admin.request('POST', '/api/api-tokens', { name: 'x', orgUnitIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json().error.issues[0].path).toBe('orgUnitIds');
    const past = await admin.request('POST', '/api/api-tokens', { name: 'x', expiresOn: '2026-03-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.issues[0].path).toBe('expiresOn');
  });

  it("cannot revoke another collectivité's token (404)", async () => {
    const other = await createOrganizationWithAdmin(testApp);
    const theirs = await createApiToken(other.admin);
    expect((await admin.request('DELETE', `/api/api-tokens/${theirs.id}`)).statusCode).toBe(404);
  });
});
