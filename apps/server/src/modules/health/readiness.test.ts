import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { buildApp } from '../../app.js';
import { parseConfig } from '../../config.js';

const testApp = await createTestApp();
const readiness = { ready: false };
const { app } = await buildApp({ config: parseConfig({ PILOTIS_DEMO: '0' }), database: testApp.database, readiness });
await app.ready();
afterAll(() => app.close());

describe('start-up before the demo collectivité exists', () => {
  it('answers the API with 503 starting and health with starting, then serves normally once ready', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'starting', db: 'ok' });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.fr', password: 'x' } });
    expect(login.statusCode).toBe(503);
    expect(login.json().error.code).toBe('starting');

    readiness.ready = true;
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });
});
