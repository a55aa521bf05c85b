// Issue 6 target: XLSX export of 6,000 fiches ≤ 3 s, on the « région » dataset (12 plans, 6,000
// fiches, ~50,000 log entries). The dataset's fiches are spread over its 12 plans (the largest holds
// 1,500), so one timed run exports every plan one after the other — 6,000 fiches written in all —
// and the run's time is the sum. Also timed the same way: the workbook with its « Journal » sheet
// (?journal=true, on demand), the JSON document and the CSV; the largest plan alone; and one JSON
// re-import of the largest plan (a new plan, one transaction).
// How: fresh database → dataset → settle → the production build (apps/server/dist/main.js) as its
// own process, requests over HTTP on loopback, each answer read to its last byte.
// PostgreSQL by default (DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; a fresh
// database is created and dropped); `--pglite` or BENCH_DB=pglite for the embedded database.
import { buildIfStale } from '../scripts/lib/build.mjs';
import { benchKind, freshDatabase, runTs } from './lib/bench-db.mjs';
import { percentile, startBuiltServer, waitForServer } from './lib/http-bench.mjs';

const TARGET_XLSX_MS = 3000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUP = 1;
const PORT = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${PORT}`;

const kind = benchKind();
buildIfStale(['server']);
const database = await freshDatabase(kind);
let server;

async function signIn() {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@region.bench', password: 'pilotis-bench' }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { cookie: response.headers.get('set-cookie').split(';')[0], csrf: (await response.json()).data.csrfToken };
}

/** One export, read to its last byte: its duration (ms) and size. */
async function download(session, planId, format) {
  const started = performance.now();
  const response = await fetch(`${base}/api/plans/${planId}/export.${format}`.replace('xlsx+journal', 'xlsx?journal=true'), { headers: { cookie: session.cookie } });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200) throw new Error(`export.${format} of ${planId}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes };
}

/** `count` timed runs (after WARMUP) of exporting every given plan in turn: per-run totals. */
async function timeAll(session, planIds, format) {
  const totals = [];
  let bytes = 0;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    let ms = 0;
    bytes = 0;
    for (const planId of planIds) {
      const one = await download(session, planId, format);
      ms += one.ms;
      bytes += one.bytes;
    }
    if (run >= WARMUP) totals.push(ms);
  }
  return { p50: percentile(totals, 50), max: Math.max(...totals), bytes };
}

try {
  console.log(`plan export benchmark on ${database.label}`);
  const dataset = runTs('bench-dataset.ts', database.env);
  console.log(`dataset "région": ${dataset.counts.actions} fiches in ${dataset.planIds.length} plans, ${dataset.counts.logEntries} log entries — generated in ${dataset.seconds.toFixed(1)} s`);
  await database.settle();
  server = startBuiltServer(database.env, PORT);
  await waitForServer(base);
  const session = await signIn();

  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const line = (label, { p50, max, bytes }, target) =>
    console.log(`${label.padEnd(46)} p50 ${(p50 / 1000).toFixed(2).padStart(6)} s  max ${(max / 1000).toFixed(2).padStart(6)} s  ${mb(bytes).padStart(8)}${target ? `  ratio to ${target / 1000} s target: ${(p50 / target).toFixed(2)}` : ''}`);
  console.log(`${RUNS} timed runs after ${WARMUP} warm-up; HTTP on loopback to the built server`);
  line(`XLSX, all ${dataset.planIds.length} plans (${dataset.counts.actions} fiches)`, await timeAll(session, dataset.planIds, 'xlsx'), TARGET_XLSX_MS);
  line(`XLSX with the journal sheet, all ${dataset.planIds.length} plans`, await timeAll(session, dataset.planIds, 'xlsx+journal'));
  line(`JSON, all ${dataset.planIds.length} plans`, await timeAll(session, dataset.planIds, 'json'));
  line(`CSV, all ${dataset.planIds.length} plans`, await timeAll(session, dataset.planIds, 'csv'));
  line('XLSX, largest plan (1,500 fiches)', await timeAll(session, [dataset.largestPlanId], 'xlsx'));

  const document = await (await fetch(`${base}/api/plans/${dataset.largestPlanId}/export.json`, { headers: { cookie: session.cookie } })).text();
  const started = performance.now();
  const response = await fetch(`${base}/api/plans/import-json?dryRun=false`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: document,
  });
  const result = await response.json();
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 200 || !result.data?.planId) console.log(`JSON re-import of the largest plan failed: HTTP ${response.status} ${JSON.stringify(result).slice(0, 300)}`);
  else console.log(`JSON re-import of the largest plan (${result.data.counts.actions + result.data.counts.subActions} fiches, ${result.data.counts.logEntries} log entries, ${mb(document.length)}): ${seconds.toFixed(2)} s, one run`);
} finally {
  if (server) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  await database.drop();
}
