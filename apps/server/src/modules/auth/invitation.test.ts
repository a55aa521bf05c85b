import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { issuePaths } from '../../../test/history.js';
import { createTestApp, signIn, type Session } from '../../../test/test-app.js';

const testApp = await createTestApp();
const { app, clock } = testApp;
const DAY = 86_400_000;
const NEW_PASSWORD = 'mon-nouveau-secret-2026';

async function invite(admin: Session) {
  const email = `invite-${Math.random().toString(36).slice(2, 10)}@example.fr`;
  const response = await admin.request('POST', '/api/users', { email, name: 'Invitée', orgRole: 'member' });
  expect(response.statusCode).toBe(201);
  const { data, invitationUrl } = response.json();
  return { email, id: data.id as string, user: data, invitationUrl: invitationUrl as string, token: (invitationUrl as string).split('/').pop()! };
}

const accept = (token: string, password = NEW_PASSWORD) =>
  app.inject({ method: 'POST', url: '/api/auth/invitation', payload: { token, password } });
const login = (email: string, password = NEW_PASSWORD) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('invitation links', () => {
  it('creates an account without password and answers a link under PUBLIC_URL', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { user, invitationUrl, token } = await invite(admin);
    expect(invitationUrl.startsWith('https://pilotis.test/invitation/')).toBe(true);
    expect(token.length).toBeGreaterThanOrEqual(20);
    expect(user).toMatchObject({ invitationPending: true, mustChangePassword: false });
  });

  it('lets the invited person choose a password, then sign in; the link works once', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { email, id, token } = await invite(admin);
    expect((await login(email)).statusCode).toBe(401);

    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().data).toEqual({ email });

    const person = await signIn(testApp, email, NEW_PASSWORD);
    expect((await person.request('GET', '/api/me')).json().data.user.mustChangePassword).toBe(false);
    expect((await admin.request('GET', `/api/users/${id}`)).json().data.invitationPending).toBe(false);

    const reused = await accept(token, 'un-autre-secret-2026');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('validation_failed');
    expect(issuePaths(reused.json())).toEqual(['token']);
    expect((await login(email, 'un-autre-secret-2026')).statusCode).toBe(401);
    expect((await login(email)).statusCode).toBe(200);
  });

  it('expires after 14 days', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const early = await invite(admin);
    const late = await invite(admin);
    clock.advance(13 * DAY);
    expect((await accept(early.token)).statusCode).toBe(200);
    clock.advance(1 * DAY + 60_000);
    const expired = await accept(late.token);
    expect(expired.statusCode).toBe(400);
    expect(issuePaths(expired.json())).toEqual(['token']);
    expect((await login(late.email)).statusCode).toBe(401);
  });

  it('stops an old link working once the admin issues a new one', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { id, email, token } = await invite(admin);
    const reissued = await admin.request('POST', `/api/users/${id}/invitation`);
    expect(reissued.statusCode).toBe(200);
    const fresh = (reissued.json().data.invitationUrl as string).split('/').pop()!;
    expect((await accept(token)).statusCode).toBe(400);
    expect((await accept(fresh)).statusCode).toBe(200);
    expect((await login(email)).statusCode).toBe(200);
    expect((await admin.request('POST', `/api/users/${id}/invitation`)).statusCode).toBe(409);
  });

  it('rejects an unknown token and a too short password', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { token } = await invite(admin);
    expect((await accept('x'.repeat(43))).statusCode).toBe(400);
    const short = await accept(token, 'court');
    expect(short.statusCode).toBe(400);
    expect(issuePaths(short.json())).toEqual(['password']);
    expect((await accept(token)).statusCode).toBe(200);
  });
});
