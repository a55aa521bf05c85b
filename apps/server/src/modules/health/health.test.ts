import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { buildApp } from '../../app.js';
import { parseConfig } from '../../config.js';
import type { Database } from '../../db/client.js';

const testApp = await createTestApp();
const { app } = testApp;

/** The same app on the same database, except that the database does not answer pings. */
let reachable = false;
const flaky: Database = { ...testApp.database, ping: async () => reachable };
const { app: flakyApp } = await buildApp({ config: parseConfig({ PILOTIS_DEMO: '0' }), database: flaky });
// A route that fails the way a bug would, to see what a client gets from a 500.
flakyApp.get('/api/test-crash', async () => {
  throw new Error('relation "secret_table" does not exist at postgres://admin:hunter2@db');
});
await flakyApp.ready();
afterAll(() => flakyApp.close());

describe('GET /api/health', () => {
  it('answers 200 ok when the database answers, without a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 while the database is unreachable, and 200 again once it is back', async () => {
    reachable = false;
    const down = await flakyApp.inject({ method: 'GET', url: '/api/health' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ db: 'unreachable' });
    reachable = true;
    const back = await flakyApp.inject({ method: 'GET', url: '/api/health' });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toEqual({ status: 'ok', db: 'ok' });
  });
});

describe('OpenAPI document', () => {
  it('is an OpenAPI 3 document generated from the routes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Pilotis API');
    for (const path of ['/api/users', '/api/users/{id}', '/api/org-units', '/api/org-units/{id}', '/api/history/{entityType}/{id}', '/api/auth/login', '/api/me', '/api/health']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(Object.keys(doc.paths['/api/users'])).toEqual(expect.arrayContaining(['get', 'post']));
    const body = doc.paths['/api/users'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['email', 'name', 'orgRole', 'password']));
  });

  it('is browsable at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

describe('errors outside any route', () => {
  it('answers an unknown /api route with 404 in the one error shape', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await app.inject({ method, url: '/api/nothing-here' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    }
  });

  it('answers an unsupported content type with 415 in the error shape', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login/>' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('answers an unexpected failure with 500 internal_error and no internals', async () => {
    const response = await flakyApp.inject({ method: 'GET', url: '/api/test-crash' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(response.body).not.toMatch(/secret_table|hunter2|stack/);
  });

  it('answers a body over 2 MB with 413 payload_too_large', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('sends security headers on API answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
