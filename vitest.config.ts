import os from 'node:os';
import { defineConfig } from 'vitest/config';

const serverTests = ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'];
const globalSetup = ['apps/server/test/global-setup.ts'];

/**
 * Unit tests, then the server suite on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
 * Server test files share their modules (isolate: false): each builds its own app and database, and
 * importing the server afresh for every file cost more than the tests themselves.
 */
export default defineConfig({
  test: {
    // Every core: PGlite runs inside the worker, and vitest's default (one core left free) left half
    // of a 2-core CI machine idle during the PGlite project.
    maxWorkers: os.availableParallelism(),
    projects: [
      { test: { name: 'shared', include: ['packages/shared/src/**/*.test.ts'] } },
      // Pure functions of the web app (no DOM): browser behaviour is covered by the Playwright journeys.
      { test: { name: 'web', include: ['apps/web/src/**/*.test.ts'] } },
      { test: { name: 'server-pglite', include: serverTests, env: { PILOTIS_TEST_DB: 'pglite' }, globalSetup, isolate: false, testTimeout: 30_000, hookTimeout: 60_000 } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ test: { name: 'server-postgres', include: serverTests, env: { PILOTIS_TEST_DB: 'postgres' }, isolate: false, testTimeout: 30_000, hookTimeout: 60_000 } }]
        : []),
    ],
  },
});
