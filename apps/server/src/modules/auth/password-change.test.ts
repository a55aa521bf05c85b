import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin, PASSWORD } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { createTestApp, signIn } from '../../../test/test-app.js';

const testApp = await createTestApp();
const { app } = testApp;
const NEW_PASSWORD = 'un-tout-nouveau-secret';

const login = (email: string, password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('changing one’s password', () => {
  it('refuses a wrong current password with 400 on currentPassword, and keeps the old one', async () => {
    const { admin, adminEmail } = await createOrganizationWithAdmin(testApp);
    const response = await admin.request('POST', '/api/auth/password', { currentPassword: 'pas-le-bon-mot', newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(issuePaths(response.json())).toEqual(['currentPassword']);
    expect((await login(adminEmail, PASSWORD)).statusCode).toBe(200);
    expect((await login(adminEmail, NEW_PASSWORD)).statusCode).toBe(401);
  });

  it('refuses a new password shorter than 12 characters, or equal to the current one', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const short = await admin.request('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: 'court-11car' });
    expect(short.statusCode).toBe(400);
    expect(issuePaths(short.json())).toEqual(['newPassword']);
    const same = await admin.request('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.statusCode).toBe(400);
    expect(issuePaths(same.json())).toEqual(['newPassword']);
  });

  it('replaces the password, signs out the other sessions and keeps this one going', async () => {
    const { admin, adminEmail } = await createOrganizationWithAdmin(testApp);
    const otherDevice = await signIn(testApp, adminEmail, PASSWORD);

    const response = await admin.request('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'pilotis_session')!;
    const me = response.json().data;
    expect(me.user.mustChangePassword).toBe(false);

    expect((await otherDevice.request('GET', '/api/me')).statusCode).toBe(401);
    const current = await app.inject({ method: 'GET', url: '/api/org-units', headers: { cookie: `pilotis_session=${cookie.value}` } });
    expect(current.statusCode).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: { cookie: `pilotis_session=${cookie.value}`, 'x-csrf-token': me.csrfToken },
      payload: { name: 'Après le changement' },
    });
    expect(write.statusCode).toBe(201);

    expect((await login(adminEmail, PASSWORD)).statusCode).toBe(401);
    expect((await login(adminEmail, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('clears “must change password” for an account created with a temporary password', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const email = `temp-${Date.now()}@example.fr`;
    await admin.request('POST', '/api/users', { email, name: 'Temp', password: 'temporaire-12345' });
    const person = await signIn(testApp, email, 'temporaire-12345');
    expect((await person.request('GET', '/api/me')).json().data.user.mustChangePassword).toBe(true);
    const changed = await person.request('POST', '/api/auth/password', { currentPassword: 'temporaire-12345', newPassword: NEW_PASSWORD });
    expect(changed.json().data.user.mustChangePassword).toBe(false);
  });

  it('records the change in the history without any hash or password', async () => {
    const { admin, adminEmail } = await createOrganizationWithAdmin(testApp);
    await admin.request('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    const again = await signIn(testApp, adminEmail, NEW_PASSWORD);
    const history = await readHistory(again, 'user', again.userId);
    const change = history.find((event) => event.action === 'password_change');
    expect(change).toMatchObject({ actor: { id: again.userId, name: 'Admin Test' }, entityType: 'user', entityId: again.userId });
    const raw = JSON.stringify(history);
    expect(raw).not.toMatch(/argon2|passwordHash/i);
    expect(raw).not.toContain(PASSWORD);
    expect(raw).not.toContain(NEW_PASSWORD);
  });
});
