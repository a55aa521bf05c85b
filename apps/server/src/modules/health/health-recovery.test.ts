import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { createTestApp } from '../../../test/test-app.js';
import { buildApp } from '../../app.js';
import { parseConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';

const testApp = await createTestApp();
const onPostgres = testApp.database.kind === 'postgres';

/** Cuts every connection the app holds, as a PostgreSQL restart or failover would. */
async function dropAllConnections() {
  const result = await testApp.ctx.db.execute(sql`select current_database() as name`);
  const name = (result as unknown as { rows: { name: string }[] }).rows[0]!.name;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
  } finally {
    await admin.end();
  }
}

describe.skipIf(!onPostgres)('after the database connections are cut (PostgreSQL)', () => {
  it('recovers by itself: health answers 200 again and sessions keep working', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    await dropAllConnections();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
      statuses.push(response.statusCode);
      if (response.statusCode === 200) break;
    }
    expect(statuses.at(-1)).toBe(200);
    expect((await admin.request('GET', '/api/org-units')).statusCode).toBe(200);
    expect((await admin.request('POST', '/api/org-units', { name: 'Après coupure' })).statusCode).toBe(201);
  });
});

describe('with a PostgreSQL server that does not answer', () => {
  it('starts and answers 503 on /api/health instead of crashing', async () => {
    const database = await openDatabase({ url: 'postgres://pilotis@127.0.0.1:1/pilotis' });
    const { app } = await buildApp({ config: parseConfig({ PILOTIS_DEMO: '0' }), database });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'degraded', db: 'unreachable' });
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.fr', password: 'whatever-long' } });
      expect(login.statusCode).toBe(500);
      expect(login.json().error.code).toBe('internal_error');
    } finally {
      await app.close();
      await database.close();
    }
  });
});
