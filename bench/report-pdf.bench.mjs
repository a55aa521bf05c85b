// Issue 6 target: the PDF progress report of a 200-fiche plan ≤ 5 s. The plan is the demo's
// « Feuille de route numérique » (~190 fiches with sub-actions, milestones, journal, budget,
// indicators), generated the way a person asks for it: POST /api/reports, then GET /api/jobs/:id
// polled every 20 ms until done, then the file downloaded — the time covers all three. Also timed
// the same way: the recueil of its fiches (one page or more per fiche, PDF), and the progress report
// as Word (DOCX), for information.
// How: fresh database → the production build (apps/server/dist/main.js) started as its own process
// with the demo seed and the job runner on → sign in as the demo administratrice → runs over HTTP
// on loopback, one after the other. PostgreSQL by default (DATABASE_URL or
// postgres://postgres@127.0.0.1:5432/postgres; a fresh database is created and dropped);
// `--pglite` or BENCH_DB=pglite for the embedded database.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from '../scripts/lib/build.mjs';
import { benchKind, childEnv, freshDatabase } from './lib/bench-db.mjs';
import { percentile, waitForServer } from './lib/http-bench.mjs';

const TARGET_MS = 5000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARMUP = 1;
const PORT = 4100 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${PORT}`;

const kind = benchKind();
buildIfStale(['server']);
const database = await freshDatabase(kind);
let server;

/** Signs in once the demo seed is there (the API answers 503 until the server is ready). */
async function signIn(deadline = Date.now() + 180_000) {
  while (Date.now() < deadline) {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.pilotis.fr', password: 'pilotis-demo' }),
    });
    if (response.status === 200) return { cookie: response.headers.get('set-cookie').split(';')[0], csrf: (await response.json()).data.csrfToken };
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the demo administratrice could not sign in');
}

const get = async (session, url) => {
  const response = await fetch(`${base}${url}`, { headers: { cookie: session.cookie } });
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
};

/** One report from the request to the last byte of its file: duration (ms), size, pages if PDF. */
async function generate(session, body) {
  const started = performance.now();
  const queued = await fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (queued.status !== 202) throw new Error(`POST /api/reports: HTTP ${queued.status} ${await queued.text()}`);
  const { jobId } = (await queued.json()).data;
  let job;
  for (;;) {
    job = (await get(session, `/api/jobs/${jobId}`)).data;
    if (job.status === 'done' || job.status === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (job.status === 'failed') throw new Error(`report job failed: ${job.error}`);
  const file = await fetch(`${base}/api/reports/${job.result.reportId}/file`, { headers: { cookie: session.cookie } });
  const bytes = Buffer.from(await file.arrayBuffer());
  const ms = performance.now() - started;
  const pages = body.format === 'pdf' ? Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(bytes.toString('latin1'))?.[1] ?? 0) : null;
  return { ms, bytes: bytes.length, pages };
}

async function time(session, body) {
  const samples = [];
  let last;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    last = await generate(session, body);
    if (run >= WARMUP) samples.push(last.ms);
  }
  return { p50: percentile(samples, 50), max: Math.max(...samples), bytes: last.bytes, pages: last.pages };
}

try {
  console.log(`report benchmark on ${database.label}`);
  server = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    env: childEnv({ ...database.env, PORT: String(PORT), HOST: '127.0.0.1', PILOTIS_DEMO: '1', LOG_LEVEL: 'warn', JOBS: '1' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(base);
  const session = await signIn();
  const plans = (await get(session, '/api/plans')).data;
  const plan = plans.find((p) => p.name.startsWith('Feuille de route')) ?? plans[0];
  const fiches = (await get(session, `/api/plans/${plan.id}/actions?pageSize=1`)).page.total;
  console.log(`plan « ${plan.name} »: ${fiches} fiches (sub-actions included); ${RUNS} timed runs after ${WARMUP} warm-up, request → job done → file read`);

  const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
  const line = (label, { p50, max, bytes, pages }, target) =>
    console.log(
      `${label.padEnd(40)} p50 ${(p50 / 1000).toFixed(2).padStart(5)} s  max ${(max / 1000).toFixed(2).padStart(5)} s  ${kb(bytes).padStart(7)}${pages ? `  ${pages} pages` : ''}${target ? `  ratio to ${target / 1000} s target: ${(p50 / target).toFixed(2)}` : ''}`,
    );
  line('Rapport d’avancement, PDF', await time(session, { kind: 'plan-progress', format: 'pdf', filter: { planId: plan.id } }), TARGET_MS);
  line('Recueil des fiches actions, PDF', await time(session, { kind: 'action-book', format: 'pdf', filter: { planId: plan.id } }));
  line('Rapport d’avancement, DOCX', await time(session, { kind: 'plan-progress', format: 'docx', filter: { planId: plan.id } }));
} finally {
  if (server) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  await database.drop();
}
