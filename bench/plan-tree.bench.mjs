// Issue 3 target, on PostgreSQL: GET /api/plans/:id/tree p50 ≤ 30 ms on the largest plan of the
// "région" dataset, and ≤ 1.5 × the same roll-up SQL run directly. Also times the filtered action
// list (category + late + search term).
// How: fresh database → dataset (bench-dataset.ts) → the production build (apps/server/dist/main.js)
// started as its own process, requests over HTTP on loopback (so parsing, session, authorization,
// serialisation and the socket all count) → server stopped → the endpoints' repository functions
// timed directly (bench-direct-sql.ts) → database dropped.
// PostgreSQL by default (DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; a fresh
// database is created and dropped); `--pglite` or BENCH_DB=pglite for the embedded database.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from '../scripts/lib/build.mjs';
import { benchKind, childEnv, freshDatabase, runTs } from './lib/bench-db.mjs';

const TARGET_TREE_P50_MS = 30;
const TARGET_RATIO = 1.5;
const RUNS = 60;
const WARMUP = 10;
const SEARCH = 'prestataire';
const PORT = 3500 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${PORT}`;

const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function waitForServer(deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the server did not answer within 60 s');
}

async function timeRequests(url, cookie) {
  const get = async () => {
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    return { status: response.status, body };
  };
  const first = await get();
  if (first.status === 404 && first.body.includes('route')) return { missing: true, status: first.status };
  if (first.status !== 200) return { missing: true, status: first.status, body: first.body.slice(0, 200) };
  for (let i = 1; i < WARMUP; i++) await get();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await get();
    samples.push(performance.now() - started);
  }
  return { samples, bytes: first.body.length, json: JSON.parse(first.body) };
}

const kind = benchKind();
buildIfStale(['server']);
const database = await freshDatabase(kind);
let server;
try {
  console.log(`plan tree benchmark on ${database.label}`);
  const dataset = runTs('bench-dataset.ts', database.env);
  console.log(
    `dataset "région": ${dataset.counts.actions} fiches, ${dataset.counts.nodes} nodes, ${dataset.users} users, ${dataset.counts.logEntries} log entries — generated in ${dataset.seconds.toFixed(1)} s`,
  );

  server = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    env: childEnv({ ...database.env, PORT: String(PORT), HOST: '127.0.0.1', PILOTIS_DEMO: '0', LOG_LEVEL: 'warn', JOBS: '0' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(Date.now() + 60_000);
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@region.bench', password: 'pilotis-bench' }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const planId = dataset.largestPlanId;
  const tree = await timeRequests(`${base}/api/plans/${planId}/tree`, cookie);
  const list = await timeRequests(`${base}/api/plans/${planId}/actions?category=in_progress&late=true&q=${SEARCH}`, cookie);
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  server = undefined;

  const direct = runTs('bench-direct-sql.ts', database.env, [dataset.organizationId, planId, String(RUNS), SEARCH]);
  const fmt = (ms) => `${ms.toFixed(1).padStart(6)} ms`;
  console.log(`largest plan: ${planId}; ${RUNS} timed requests each after ${WARMUP} warm-up, HTTP on loopback to the built server`);
  const report = (label, api, sql, extra) => {
    if (api.missing) {
      console.log(`${label.padEnd(44)} endpoint missing or failing (HTTP ${api.status}) ${api.body ?? ''}`);
      return;
    }
    const ratio = percentile(api.samples, 50) / percentile(sql, 50);
    console.log(
      `${label.padEnd(44)} API p50 ${fmt(percentile(api.samples, 50))}  p95 ${fmt(percentile(api.samples, 95))}   direct SQL p50 ${fmt(percentile(sql, 50))}  p95 ${fmt(percentile(sql, 95))}   ratio ${ratio.toFixed(2)}${extra(api, ratio)}`,
    );
  };
  report(`GET /api/plans/:id/tree`, tree, direct.tree, (api, ratio) => {
    const p50 = percentile(api.samples, 50);
    return ` (p50 ${(p50 / TARGET_TREE_P50_MS).toFixed(2)} × target 30 ms, ratio ${(ratio / TARGET_RATIO).toFixed(2)} × target 1.5; ${(api.json.data ?? api.json).nodes?.length ?? '?'} nodes, ${(api.bytes / 1024).toFixed(0)} KB)`;
  });
  report(`GET /api/plans/:id/actions?category&late&q`, list, direct.list, (api) => ` (${api.json.page?.total ?? '?'} matching, ${api.json.data?.length ?? '?'} on the page)`);
} finally {
  if (server) server.kill('SIGTERM');
  await database.drop();
}
