// A fresh database for one benchmark run: a new database on the PostgreSQL server of DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/postgres when BENCH_DB=postgres), or PGlite in a
// temporary DATA_DIR. `settle()` brings a freshly filled database to the steady state of one in
// service (PostgreSQL: vacuum + analyze, which autovacuum would otherwise do in the middle of the
// timings); `drop()` removes it afterwards.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { root } from '../../scripts/lib/build.mjs';

const require = createRequire(path.join(root, 'apps/server/package.json'));
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** `--pglite` / `--postgres` on the command line or BENCH_DB=pglite|postgres; PostgreSQL by default (the targets are set on it). */
export function benchKind(argv = process.argv) {
  if (argv.includes('--pglite') || process.env.BENCH_DB === 'pglite') return 'pglite';
  return 'postgres';
}

/** The databases a two-database benchmark runs on: both by default, or the one `--pglite` / `--postgres` (or BENCH_DB) names. */
export function benchKinds(argv = process.argv) {
  const asked = argv.includes('--pglite') ? 'pglite' : argv.includes('--postgres') ? 'postgres' : process.env.BENCH_DB;
  return asked ? [asked] : ['postgres', 'pglite'];
}

/** The environment of a child process; an empty value removes the variable (PGlite: no DATABASE_URL). */
export function childEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const [key, value] of Object.entries(env)) if (value === '') delete env[key];
  return env;
}

async function admin(url, statement) {
  const { default: pg } = await import(require.resolve('pg'));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(kind) {
  if (kind === 'postgres') {
    const adminUrl = process.env.DATABASE_URL || DEFAULT_URL;
    const name = `pilotis_bench_${Date.now().toString(36)}`;
    await admin(adminUrl, `create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      kind,
      label: `PostgreSQL (${url.host}/${name})`,
      env: { DATABASE_URL: url.toString() },
      settle: () => admin(url.toString(), 'vacuum analyze'),
      drop: () => admin(adminUrl, `drop database if exists ${name} with (force)`),
    };
  }
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotis-bench-'));
  const dataDir = path.join(parent, 'data');
  return {
    kind,
    label: `PGlite (${dataDir})`,
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    settle: async () => undefined,
    drop: async () => fs.rmSync(parent, { recursive: true, force: true }),
  };
}

const tsx = path.join(root, 'node_modules/.bin/tsx');

/** Runs a TypeScript entry of the server with tsx; returns the JSON its last line prints. */
export function runTs(entry, env, extraArgs = []) {
  const result = spawnSync(tsx, [path.join(root, 'apps/server/src', entry), ...extraArgs], {
    cwd: path.join(root, 'apps/server'),
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${entry} failed (exit ${result.status})\n${result.stdout}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/**
 * Starts a TypeScript entry of the server that answers one line on stdout per line it reads on
 * stdin, after a first "ready" line; `ask(line)` sends one and resolves with the answer.
 */
export async function startTs(entry, env, extraArgs = []) {
  const child = spawn(tsx, [path.join(root, 'apps/server/src', entry), ...extraArgs], {
    cwd: path.join(root, 'apps/server'),
    env: childEnv(env),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await answers.next();
    if (done) throw new Error(`${entry} stopped`);
    return value;
  };
  if ((await next()) !== 'ready') throw new Error(`${entry} did not start`);
  return {
    ask: async (line) => {
      child.stdin.write(`${line}\n`);
      return next();
    },
    close: async () => {
      child.stdin.end();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
