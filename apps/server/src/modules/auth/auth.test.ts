import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin, PASSWORD } from '../../../test/factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();
const { app } = testApp;

describe('sign-in', () => {
  it('opens a session in an httpOnly SameSite cookie and returns the user and a CSRF token', async () => {
    const { adminEmail } = await createOrganizationWithAdmin(testApp);
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: adminEmail.toUpperCase(), password: PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'pilotis_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = response.json().data;
    expect(me.user.email).toBe(adminEmail);
    expect(me.csrfToken).toMatch(/.{20,}/);
    const meResponse = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `pilotis_session=${cookie.value}` } });
    expect(meResponse.json().data.organization.orgRole).toBe('admin');
  });

  it('answers a wrong password and an unknown account with the same generic message', async () => {
    const { adminEmail } = await createOrganizationWithAdmin(testApp);
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: adminEmail, password: 'nope-nope-nope' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ghost@example.fr', password: 'nope-nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('rate-limits repeated failures on one account with 429, even with the right password', async () => {
    const { adminEmail } = await createOrganizationWithAdmin(testApp);
    for (let i = 0; i < 5; i++) {
      await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: adminEmail, password: `wrong-${i}-password` } });
    }
    const blocked = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: adminEmail, password: PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    testApp.clock.advance(16 * 60_000);
    const later = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: adminEmail, password: PASSWORD } });
    expect(later.statusCode).toBe(200);
  });

  it('rejects /api/me without a session with 401', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const response = await app.inject({ method: 'POST', url: '/api/org-units', headers: { cookie: admin.cookie }, payload: { name: 'DSI' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
    const forged = await admin.request('POST', '/api/org-units', { name: 'DSI' }, { 'x-csrf-token': 'forged' });
    expect(forged.statusCode).toBe(403);
    const ok = await admin.request('POST', '/api/org-units', { name: 'DSI' });
    expect(ok.statusCode).toBe(201);
  });

  it('signs out: the session cookie no longer works', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    expect((await admin.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await admin.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('expires sessions after the idle time', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    testApp.clock.advance(13 * 3_600_000);
    expect((await admin.request('GET', '/api/me')).statusCode).toBe(401);
  });
});
