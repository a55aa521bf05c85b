import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import type { Database } from '../src/db/client.js';
import { fixedClock } from '../src/lib/clock.js';
import { createTestDatabase } from './test-db.js';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The real app on a fresh database, closed after the test file. Time is a fixed, movable clock. */
export async function createTestApp(options: { env?: Record<string, string> } = {}) {
  const database: Database = await createTestDatabase();
  const clock = fixedClock('2026-03-02T09:00:00.000Z');
  const config = parseConfig({ PILOTIS_DEMO: '0', PUBLIC_URL: 'https://pilotis.test', ...options.env });
  const { app, ctx } = await buildApp({ config, database, clock });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return { app, ctx, clock, database };
}

/** A signed-in browser-like client: keeps the session cookie and sends the CSRF header. */
export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  organizationId: string;
  request: (method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
}

export async function signIn({ app }: Pick<TestApp, 'app'>, email: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'pilotis_session');
  const me = response.json().data;
  const session: Session = {
    cookie: `pilotis_session=${cookie!.value}`,
    csrfToken: me.csrfToken,
    userId: me.user.id,
    organizationId: me.organization.id,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
  return session;
}
