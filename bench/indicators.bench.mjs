// Issue 4 target: importing 100,000 measures from one CSV ≤ 5 s on PostgreSQL; POST /api/v1/measures
// with 10,000 items; the rate in measures per second on both databases.
// How, on each database: fresh database → a collectivité and its admin (the CLI) → the production
// build (apps/server/dist/main.js) started as its own process → 1,000 monthly indicators created
// through the API → a CSV of 1,000 indicators × 100 months (2018-01 … 2026-04) → a dry run (checked
// for problems, timed but not counted) → the real import, timed from sending the file to the last
// byte of the answer → an API token → POST /api/v1/measures with 10,000 new measures (1,000
// indicators × 10 months), timed, then the same batch again (all unchanged) → database dropped.
// Both databases by default; `--postgres` or `--pglite` (or BENCH_DB) for one. PostgreSQL is
// DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres (a fresh database is created and dropped).
import { buildIfStale } from '../scripts/lib/build.mjs';
import { benchKinds, freshDatabase } from './lib/bench-db.mjs';
import { benchOnEach, createBenchOrganization, signInClient, startBuiltServer, stopServer, waitForServer } from './lib/http-bench.mjs';

const TARGET_IMPORT_S = 5;
const INDICATORS = 1000;
const MONTHS = 100;
const PUSH_MONTHS = 10;
const CREATE_CONCURRENCY = 8;
const EMAIL = 'admin@indicators.bench';
const PASSWORD = 'pilotis-bench-indicateurs';

const kinds = benchKinds();

/** `count` months from January 2018: 2018-01, 2018-02 … */
const months = (from, count) =>
  Array.from({ length: count }, (_, i) => {
    const m = from + i;
    return `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
const code = (i) => `BENCH-${String(i).padStart(4, '0')}`;

async function createIndicators(request) {
  let next = 0;
  const worker = async () => {
    while (next < INDICATORS) {
      const i = next++;
      await request('POST', '/api/indicators', { code: code(i), name: `Indicateur de bench ${i}`, periodicity: 'monthly', unit: 't' });
    }
  };
  await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, worker));
}

/** French Excel flavour: `;`, decimal comma, UTF-8 BOM. */
function measuresCsv() {
  const lines = ['\uFEFFcode;période;valeur;commentaire'];
  const periods = months(0, MONTHS);
  for (let i = 0; i < INDICATORS; i++) for (const [m, period] of periods.entries()) lines.push(`${code(i)};${period};${(i * 7 + m * 3) % 1000},5;`);
  return lines.join('\r\n') + '\r\n';
}

async function timeImport(request, csv, dryRun) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'mesures.csv');
  const started = performance.now();
  const { data } = await request('POST', `/api/indicators/import?dryRun=${dryRun}`, form);
  const seconds = (performance.now() - started) / 1000;
  if (data.problems.length > 0) throw new Error(`import problems: ${JSON.stringify(data.problems.slice(0, 5))}`);
  return { seconds, data };
}

async function timePush(base, token, items) {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/measures`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(items) });
  const body = await response.json();
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 200) throw new Error(`push: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { seconds, body };
}

const rate = (count, seconds) => `${Math.round(count / seconds).toLocaleString('en-US').padStart(7)} measures/s`;

async function benchOn(kind) {
  const database = await freshDatabase(kind);
  let server;
  try {
    console.log(`\nindicators benchmark on ${database.label}`);
    createBenchOrganization(database.env, { name: 'Bench indicateurs', email: EMAIL, password: PASSWORD });
    const port = 3500 + Math.floor(Math.random() * 400);
    server = startBuiltServer(database.env, port);
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(base);
    const request = await signInClient(base, EMAIL, PASSWORD);
    const started = performance.now();
    await createIndicators(request);
    console.log(`${INDICATORS} monthly indicators created through the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const csv = measuresCsv();
    const rows = INDICATORS * MONTHS;
    const dry = await timeImport(request, csv, true);
    const real = await timeImport(request, csv, false);
    if (real.data.created !== rows) throw new Error(`import created ${real.data.created}, expected ${rows}`);
    console.log(`CSV: ${rows.toLocaleString('en-US')} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB`);
    console.log(`dry run (not counted)        ${dry.seconds.toFixed(2).padStart(6)} s  ${rate(rows, dry.seconds)}`);
    console.log(`import ${rows.toLocaleString('en-US')} measures       ${real.seconds.toFixed(2).padStart(6)} s  ${rate(rows, real.seconds)}  (${(real.seconds / TARGET_IMPORT_S).toFixed(2)} × target ${TARGET_IMPORT_S} s)`);

    const { data: token } = await request('POST', '/api/api-tokens', { name: 'bench' });
    const items = [];
    for (let i = 0; i < INDICATORS; i++) for (const period of months(MONTHS, PUSH_MONTHS)) items.push({ indicator: code(i), period, value: i + 0.5, comment: 'bench' });
    const push = await timePush(base, token.token, items);
    if (push.body.created !== items.length) throw new Error(`push created ${push.body.created}, expected ${items.length}`);
    const again = await timePush(base, token.token, items);
    console.log(`POST /api/v1/measures ${items.length.toLocaleString('en-US')}  ${push.seconds.toFixed(2).padStart(6)} s  ${rate(items.length, push.seconds)}  (all created)`);
    console.log(`same batch again             ${again.seconds.toFixed(2).padStart(6)} s  ${rate(items.length, again.seconds)}  (${again.body.unchanged} unchanged)`);
  } finally {
    await stopServer(server);
    await database.drop();
  }
}

buildIfStale(['server']);
await benchOnEach(kinds, 'indicators', benchOn);
