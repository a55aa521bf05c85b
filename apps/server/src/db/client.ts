import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { ensureTemplate, PGLITE_CONF, readTemplate, copyTemplate } from './pglite-template.js';
import * as schema from './schema.js';

/** One type for both drivers: repositories never know which database they talk to. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return 'url' in target ? openPostgres(target.url) : openPglite('dataDir' in target ? target.dataDir : undefined);
}

/** Migrations live in apps/server/drizzle, found from the source tree or from the bundle. */
export function migrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'drizzle');
    if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('Dossier des migrations introuvable (apps/server/drizzle)');
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const folder = migrationsFolder();
  const isNew = !dataDir || !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (dataDir && isNew && fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} n’est pas vide et ne contient pas de base Pilotis : choisissez un autre DATA_DIR`);
  }
  if (dataDir && isNew) copyTemplate(folder, dataDir);
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  // In memory (tests), the template is loaded by PGlite itself: still far cheaper than initdb.
  const loadDataDir = !dataDir ? readTemplate(folder) : undefined;
  const client = new PGlite(dataDir, { postgresqlconf: PGLITE_CONF, ...(loadDataDir ? { loadDataDir } : {}) } as never);
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migrate(db as never, { migrationsFolder: folder });
    },
    ping: async () => ping(db, 2000),
    close: async () => {
      await client.close();
    },
  };
}

/** Writes the PGlite template for the current migrations (build step, test setup). */
export async function buildPgliteTemplate(): Promise<string> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const folder = migrationsFolder();
  return ensureTemplate(folder, async (client) => {
    await migrate(drizzle({ client, schema, casing: 'snake_case' }), { migrationsFolder: folder });
  });
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000 });
  // An idle connection dropped by a database restart must not crash the process: the pool reconnects.
  pool.on('error', () => undefined);
  const db = drizzle({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // Several app processes may start together: one migrates, the others wait on the lock.
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock(724101)');
        await migrate(db as never, { migrationsFolder: migrationsFolder() });
      } finally {
        await lock.query('select pg_advisory_unlock(724101)').catch(() => undefined);
        lock.release();
      }
    },
    ping: async (timeoutMs = 2000) => ping(db, timeoutMs),
    close: async () => {
      await pool.end();
    },
  };
}

async function ping(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
