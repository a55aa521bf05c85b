import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin, PASSWORD } from '../../../test/factories.js';
import { readHistory } from '../../../test/history.js';
import { createTestApp } from '../../../test/test-app.js';

/** Behind a TLS-terminating proxy (TRUST_PROXY=1), the session cookie is Secure on HTTPS requests. */
const testApp = await createTestApp({ env: { TRUST_PROXY: '1' } });
const { app } = testApp;

const login = (email: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD }, headers });

describe('session cookie', () => {
  it('is Secure when the request came over HTTPS, and not over plain HTTP', async () => {
    const { adminEmail } = await createOrganizationWithAdmin(testApp);
    const https = await login(adminEmail, { 'x-forwarded-proto': 'https' });
    expect(https.cookies.find((c) => c.name === 'pilotis_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    const http = await login(adminEmail);
    expect(http.cookies.find((c) => c.name === 'pilotis_session')?.secure).toBeFalsy();
  });

  it('is cleared on sign-out', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const response = await admin.request('POST', '/api/auth/logout');
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name === 'pilotis_session');
    expect(cleared?.value).toBe('');
  });

  it('is not accepted once the session slid past its lifetime without activity, but slides while used', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    for (let hour = 0; hour < 15; hour++) {
      testApp.clock.advance(60 * 60_000);
      expect((await admin.request('GET', '/api/me')).statusCode).toBe(200);
    }
    testApp.clock.advance(12 * 60 * 60_000 + 60_000);
    expect((await admin.request('GET', '/api/me')).statusCode).toBe(401);
  });

});

describe('one’s own profile', () => {
  it('PATCH /api/me changes one’s name (recorded in the history) and language, and rejects unknown fields', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const ok = await admin.request('PATCH', '/api/me', { name: 'Nouveau nom', locale: 'en' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.user).toMatchObject({ name: 'Nouveau nom', locale: 'en' });
    const history = await readHistory(admin, 'user', admin.userId);
    expect(history.at(-1)).toMatchObject({ action: 'update', actor: { id: admin.userId }, changes: { name: { before: 'Admin Test', after: 'Nouveau nom' } } });
    await admin.request('PATCH', '/api/me', { locale: 'fr' });
    expect(await readHistory(admin, 'user', admin.userId)).toHaveLength(history.length);
    const bad = await admin.request('PATCH', '/api/me', { email: 'autre@example.fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['email']);
    const badLocale = await admin.request('PATCH', '/api/me', { locale: 'de' });
    expect(badLocale.statusCode).toBe(400);
  });
});
