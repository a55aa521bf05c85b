// Issue 3 target, on PostgreSQL: GET /api/plans/:id/tree p50 ≤ 30 ms on the largest plan of the
// "région" dataset, and ≤ 1.5 × the same SQL run directly. Also times the filtered action list
// (category + late + search term).
// How: fresh database → dataset (bench-dataset.ts) → vacuum + analyze (the steady state of a
// database in service) → the production build (apps/server/dist/main.js) started as its own
// process, requests over HTTP on loopback (so parsing, session, authorization, serialisation and
// the socket all count) → the endpoints' repository functions timed directly (bench-direct-sql.ts,
// no HTTP, session, authorization or JSON) → database dropped.
// On PostgreSQL each HTTP request alternates with one direct run, so that both sides of the ratio
// see the same load on the machine (other processes come and go); on PGlite one process at a time
// owns the data directory, so the server is stopped before the direct runs.
// PostgreSQL by default (DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; a fresh
// database is created and dropped); `--pglite` or BENCH_DB=pglite for the embedded database.
import { buildIfStale } from '../scripts/lib/build.mjs';
import { benchKind, freshDatabase, runTs, startTs } from './lib/bench-db.mjs';
import { percentile, probe, sample, signInBenchAdmin, startBuiltServer, waitForServer } from './lib/http-bench.mjs';

const TARGET_TREE_P50_MS = 30;
const TARGET_RATIO = 1.5;
const RUNS = 100;
const WARMUP = 10;
const SEARCH = 'prestataire';
const PORT = 3500 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${PORT}`;

const kind = benchKind();
buildIfStale(['server']);
const database = await freshDatabase(kind);
let server;
let direct;
const stopServer = async () => {
  if (!server) return;
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  server = undefined;
};
try {
  console.log(`plan tree benchmark on ${database.label}`);
  const dataset = runTs('bench-dataset.ts', database.env);
  console.log(
    `dataset "région": ${dataset.counts.actions} fiches, ${dataset.counts.nodes} nodes, ${dataset.users} users, ${dataset.counts.logEntries} log entries — generated in ${dataset.seconds.toFixed(1)} s`,
  );
  await database.settle();

  server = startBuiltServer(database.env, PORT);
  await waitForServer(base);
  const cookie = await signInBenchAdmin(base);
  const planId = dataset.largestPlanId;
  const endpoints = [
    { label: 'GET /api/plans/:id/tree', url: `${base}/api/plans/${planId}/tree`, direct: 'tree' },
    { label: 'GET /api/plans/:id/actions?category&late&q', url: `${base}/api/plans/${planId}/actions?category=in_progress&late=true&q=${SEARCH}`, direct: 'list' },
  ];
  for (const endpoint of endpoints) endpoint.first = await probe(endpoint.url, cookie);
  // The request is timed here, from sending to the last byte read; the direct run by the runner
  // itself, around the repository call only (the pipe between the two processes is not counted).
  const request = (url) => async () => {
    const started = performance.now();
    await (await fetch(url, { headers: { cookie } })).text();
    return performance.now() - started;
  };
  const directRun = (what) => async () => Number(await direct.ask(what));
  const startDirect = () => startTs('bench-direct-sql.ts', database.env, [dataset.organizationId, planId, SEARCH]);
  const live = endpoints.filter((endpoint) => !endpoint.first.missing);
  if (kind === 'postgres') {
    direct = await startDirect();
    for (const endpoint of live) [endpoint.api, endpoint.sql] = await sample([request(endpoint.url), directRun(endpoint.direct)], { together: true, count: RUNS, warmup: WARMUP });
  } else {
    for (const endpoint of live) [endpoint.api] = await sample([request(endpoint.url)], { together: false, count: RUNS, warmup: WARMUP });
    await stopServer();
    direct = await startDirect();
    for (const endpoint of live) [endpoint.sql] = await sample([directRun(endpoint.direct)], { together: false, count: RUNS, warmup: WARMUP });
  }
  await stopServer();

  const fmt = (ms) => `${ms.toFixed(1).padStart(6)} ms`;
  const how = kind === 'postgres' ? 'each alternating with one direct run' : 'then as many direct runs';
  console.log(`largest plan: ${planId}; ${RUNS} timed requests each after ${WARMUP} warm-up, HTTP on loopback to the built server, ${how}`);
  const report = ({ label, first, api, sql }, extra) => {
    if (first.missing) {
      console.log(`${label.padEnd(44)} endpoint missing or failing (HTTP ${first.status}) ${first.body ?? ''}`);
      return;
    }
    const ratio = percentile(api, 50) / percentile(sql, 50);
    console.log(
      `${label.padEnd(44)} API p50 ${fmt(percentile(api, 50))}  p95 ${fmt(percentile(api, 95))}   direct SQL p50 ${fmt(percentile(sql, 50))}  p95 ${fmt(percentile(sql, 95))}   ratio ${ratio.toFixed(2)}${extra(first, api, ratio)}`,
    );
  };
  report(endpoints[0], (first, api, ratio) => {
    const p50 = percentile(api, 50);
    const nodes = (first.json.data ?? first.json).nodes?.length ?? '?';
    return ` (p50 ${(p50 / TARGET_TREE_P50_MS).toFixed(2)} × target 30 ms, ratio ${(ratio / TARGET_RATIO).toFixed(2)} × target 1.5; ${nodes} nodes, ${(first.bytes / 1024).toFixed(0)} KB)`;
  });
  report(endpoints[1], (first) => ` (${first.json.page?.total ?? '?'} matching, ${first.json.data?.length ?? '?'} on the page)`);
} finally {
  if (direct) await direct.close();
  await stopServer();
  await database.drop();
}
