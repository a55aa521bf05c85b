// Issue 5 target, on PostgreSQL: GET /api/plans/:id/dashboard p50 ≤ 30 ms on the largest plan of the
// "région" dataset (1,500 fiches, ~600 nodes), and ≤ 1.5 × the same SQL run directly. Also times the
// leadership dashboard (all 12 active plans) for information, and the plan tree as a reference run
// under the same load (a shared machine can slow everything down: compare the two).
// How: as bench/plan-tree.bench.mjs — fresh database → dataset (bench-dataset.ts) → vacuum + analyze →
// the production build started as its own process, requests over HTTP on loopback as the admin →
// the endpoint's repository functions timed directly (bench-dashboard-sql.ts: no HTTP, session,
// authorization, presenters or JSON) → database dropped. On PostgreSQL each HTTP request alternates
// with one direct run; on PGlite the server is stopped before the direct runs.
// PostgreSQL by default; `--pglite` or BENCH_DB=pglite for the embedded database.
import { buildIfStale } from '../scripts/lib/build.mjs';
import { benchKind, freshDatabase, runTs, startTs } from './lib/bench-db.mjs';
import { percentile, probe, sample, signInBenchAdmin, startBuiltServer, waitForServer } from './lib/http-bench.mjs';

const TARGET_P50_MS = 30;
const TARGET_RATIO = 1.5;
const RUNS = 100;
const WARMUP = 10;
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
  console.log(`dashboard benchmark on ${database.label}`);
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
    { label: 'GET /api/plans/:id/dashboard', url: `${base}/api/plans/${planId}/dashboard`, direct: 'dashboard' },
    { label: 'GET /api/dashboards/leadership', url: `${base}/api/dashboards/leadership` },
    // Reference under the same machine load: the plan tree (issue 3), whose target is the same.
    { label: 'GET /api/plans/:id/tree (reference)', url: `${base}/api/plans/${planId}/tree` },
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
  const startDirect = () => startTs('bench-dashboard-sql.ts', database.env, [dataset.organizationId, planId]);
  const live = endpoints.filter((endpoint) => !endpoint.first.missing);
  // The aggregate query alone, for scale (not part of the ratio).
  let rollupOnly;
  if (kind === 'postgres') {
    direct = await startDirect();
    for (const endpoint of live) {
      const runs = endpoint.direct ? [request(endpoint.url), directRun(endpoint.direct)] : [request(endpoint.url)];
      [endpoint.api, endpoint.sql] = await sample(runs, { together: true, count: RUNS, warmup: WARMUP });
    }
    [rollupOnly] = await sample([directRun('rollup')], { together: false, count: RUNS, warmup: WARMUP });
  } else {
    for (const endpoint of live) [endpoint.api] = await sample([request(endpoint.url)], { together: false, count: RUNS, warmup: WARMUP });
    await stopServer();
    direct = await startDirect();
    for (const endpoint of live) if (endpoint.direct) [endpoint.sql] = await sample([directRun(endpoint.direct)], { together: false, count: RUNS, warmup: WARMUP });
    [rollupOnly] = await sample([directRun('rollup')], { together: false, count: RUNS, warmup: WARMUP });
  }
  await stopServer();

  const fmt = (ms) => `${ms.toFixed(1).padStart(6)} ms`;
  const how = kind === 'postgres' ? 'each alternating with one direct run' : 'then as many direct runs';
  console.log(`largest plan: ${planId}; ${RUNS} timed requests each after ${WARMUP} warm-up, HTTP on loopback to the built server, ${how}`);
  const report = ({ label, first, api, sql }, extra) => {
    if (first.missing) {
      console.log(`${label.padEnd(36)} endpoint missing or failing (HTTP ${first.status}) ${first.body ?? ''}`);
      return;
    }
    const direct = sql ? `   direct SQL p50 ${fmt(percentile(sql, 50))}  p95 ${fmt(percentile(sql, 95))}   ratio ${(percentile(api, 50) / percentile(sql, 50)).toFixed(2)}` : '';
    console.log(`${label.padEnd(36)} API p50 ${fmt(percentile(api, 50))}  p95 ${fmt(percentile(api, 95))}${direct}${extra(first, api, sql)}`);
  };
  report(endpoints[0], (first, api, sql) => {
    const p50 = percentile(api, 50);
    const ratio = p50 / percentile(sql, 50);
    const data = first.json.data;
    return ` (p50 ${(p50 / TARGET_P50_MS).toFixed(2)} × target 30 ms, ratio ${(ratio / TARGET_RATIO).toFixed(2)} × target 1.5; ${data.summary.actionCount} fiches, ${data.breakdown.length} axes, ${data.indicators.length} tiles, ${(first.bytes / 1024).toFixed(0)} KB)`;
  });
  report(endpoints[1], (first) => ` (${first.json.data.plans.length} plans, ${(first.bytes / 1024).toFixed(0)} KB)`);
  report(endpoints[2], (first) => ` (${(first.bytes / 1024).toFixed(0)} KB)`);
  console.log(`${'aggregate query alone (selectRollups)'.padEnd(36)} direct SQL p50 ${fmt(percentile(rollupOnly, 50))}  p95 ${fmt(percentile(rollupOnly, 95))}`);
} finally {
  if (direct) await direct.close();
  await stopServer();
  await database.drop();
}
