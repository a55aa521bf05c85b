// Issue 6 target: importing a 6,000-row workbook ≤ 10 s. The workbook has the « région » shape:
// 5 levels (5 × 3 × 3 × 3 × 3 = 405 leaves, ~15 fiches each), axes written once per block (blank
// cells carried down), pilots and élus by the e-mail of the région dataset's agents, a co-pilot by
// e-mail, TeT-like status spellings, French dates and amounts, and a « Budgets » sheet of 6,000 lines.
// How, on each database: fresh database → « région » dataset (3,000 users) → settle → the production
// build (apps/server/dist/main.js) with its job runner, requests over HTTP on loopback → the dry run
// (preview) timed from sending the file to the last byte of the answer → the real import timed from
// sending the file to the job reported done (GET /api/jobs/:id every 100 ms) → database dropped.
// Both databases by default; `--postgres` or `--pglite` (or BENCH_DB) for one.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildIfStale, root } from '../scripts/lib/build.mjs';
import { benchKinds, childEnv, freshDatabase, runTs } from './lib/bench-db.mjs';
import { percentile, waitForServer } from './lib/http-bench.mjs';

const ExcelJS = createRequire(path.join(root, 'apps/server/package.json'))('exceljs');

const TARGET_MS = 10_000;
const ROWS = 6000;
const BRANCHING = [5, 3, 3, 3, 3];
const LEVELS = ['Axe', 'Orientation', 'Objectif stratégique', 'Objectif opérationnel', 'Mesure'];
const STATUSES = ['À venir', 'En cours', 'en cours', 'Réalisé', 'En pause', 'Abandonné', 'En retard', 'À lancer', 'Terminé'];
const WEATHERS = ['Ensoleillé', 'Nuageux', 'Orageux', null];
const DRY_RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 2);

const kinds = benchKinds();
const agent = (i) => `agent${String((i % 2999) + 1).padStart(4, '0')}@region.bench`;

/** The 6,000-row workbook, built once (not timed). */
async function workbook() {
  const book = new ExcelJS.Workbook();
  const actions = book.addWorksheet('Actions');
  actions.addRow([...LEVELS, 'Code', 'Titre de l’action', 'Description', 'Pilote', 'Co-pilotes', 'Élu référent', 'Direction / service', 'Statut', 'Météo', 'Avancement (%)', 'Date de début', 'Date de fin', 'Priorité', 'Projet phare', 'Étiquettes']);
  const leaves = BRANCHING.reduce((a, b) => a * b, 1);
  let previous = [];
  for (let i = 0; i < ROWS; i++) {
    const leaf = Math.floor((i * leaves) / ROWS);
    const path = [];
    let rest = leaf;
    for (let d = BRANCHING.length - 1; d >= 0; d--) {
      path.unshift(rest % BRANCHING[d]);
      rest = Math.floor(rest / BRANCHING[d]);
    }
    const titles = path.map((n, d) => `${LEVELS[d]} ${path.slice(0, d + 1).map((x) => x + 1).join('.')}`);
    // A level is written when it changes; blank cells below take the value above.
    const levels = titles.map((title, d) => (titles.slice(0, d + 1).join('|') === previous.slice(0, d + 1).join('|') ? null : title));
    previous = titles;
    actions.addRow([
      ...levels,
      `A${i + 1}`,
      `Action ${i + 1} — développer l’offre de service régionale`,
      'Description reprise du tableur de suivi, avec le contexte et les étapes prévues.',
      agent(i),
      agent(i + 1000),
      agent(2900 + (i % 99)),
      'Direction générale des services',
      STATUSES[i % STATUSES.length],
      WEATHERS[i % WEATHERS.length],
      `${(i * 7) % 101} %`,
      `01/${String((i % 12) + 1).padStart(2, '0')}/2026`,
      i % 3 === 0 ? 'décembre 2028' : new Date(Date.UTC(2027, i % 12, 15)),
      ['Haute', 'Normale', 'Basse'][i % 3],
      i % 10 === 0 ? 'Oui' : 'Non',
      'région ; bench',
    ]);
  }
  const budgets = book.addWorksheet('Budgets');
  budgets.addRow(['Code action', 'Année', 'Nature', 'Prévu (€)', 'Engagé (€)', 'Mandaté (€)']);
  for (let i = 0; i < ROWS; i++) budgets.addRow([`A${i + 1}`, 2026, i % 2 ? 'Fonctionnement' : 'Investissement', `${(i % 90) + 10} 000 €`, `${i % 50} 000,50`, i % 7]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The built server with its job runner; on PostgreSQL, uploads wait in a temporary DATA_DIR (not ./data). */
function startServer(env, port, uploads) {
  return spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    env: childEnv({ DATA_DIR: uploads, ...env, PORT: String(port), HOST: '127.0.0.1', PILOTIS_DEMO: '0', LOG_LEVEL: 'warn', JOBS: '1' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function signIn(base) {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@region.bench', password: 'pilotis-bench' }) });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  return { cookie: login.headers.get('set-cookie').split(';')[0], 'x-csrf-token': (await login.json()).data.csrfToken };
}

async function post(base, headers, bytes, dryRun, n) {
  const form = new FormData();
  form.append('plan', JSON.stringify({ name: `Plan importé ${n}`, kind: 'mandate', startsOn: '2026-01-01', endsOn: '2032-12-31' }));
  form.append('file', new Blob([bytes]), 'region.xlsx');
  const response = await fetch(`${base}/api/plans/import?dryRun=${dryRun}`, { method: 'POST', headers, body: form });
  const body = await response.json();
  if (response.status >= 300) throw new Error(`import: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

async function timeDryRun(base, headers, bytes) {
  const started = performance.now();
  const preview = await post(base, headers, bytes, true, 0);
  const ms = performance.now() - started;
  if (!preview.ready) throw new Error(`preview not ready: ${JSON.stringify(preview.problems.slice(0, 5))}`);
  return { ms, preview };
}

async function timeCommit(base, headers, bytes, n) {
  const started = performance.now();
  const { jobId } = await post(base, headers, bytes, false, n);
  for (;;) {
    const job = (await (await fetch(`${base}/api/jobs/${jobId}`, { headers })).json()).data;
    if (job.status === 'done' || job.status === 'failed') {
      const ms = performance.now() - started;
      if (job.status === 'failed' || !job.result.planId) throw new Error(`import job: ${job.error ?? JSON.stringify(job.result).slice(0, 300)}`);
      return { ms, result: job.result };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

buildIfStale(['server']);
const bytes = await workbook();
console.log(`plan import benchmark: a ${ROWS.toLocaleString('en-US')}-row workbook (${(bytes.length / 1024 / 1024).toFixed(1)} MB, 5 levels, budgets sheet of ${ROWS} lines)`);
for (const kind of kinds) {
  const database = await freshDatabase(kind);
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  let server;
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotis-bench-uploads-'));
  try {
    console.log(`\n${database.label}`);
    const dataset = runTs('bench-dataset.ts', database.env);
    console.log(`  dataset "région": ${dataset.users} users, ${dataset.counts.actions} fiches — generated in ${dataset.seconds.toFixed(1)} s`);
    await database.settle();
    server = startServer(database.env, port, uploads);
    await waitForServer(base);
    const headers = await signIn(base);
    const dry = [];
    let preview;
    for (let i = 0; i < DRY_RUNS; i++) ({ ms: dry[i], preview } = await timeDryRun(base, headers, bytes));
    const { counts } = preview;
    console.log(`  preview: ${counts.nodes} nodes, ${counts.actions} actions, ${counts.budgetLines} budget lines; ${preview.people.matched.length} people matched, ${preview.problems.length} problems`);
    console.log(`  dry run (preview)      p50 ${(percentile(dry, 50) / 1000).toFixed(2).padStart(6)} s  max ${(Math.max(...dry) / 1000).toFixed(2).padStart(6)} s  (${DRY_RUNS} runs)`);
    const commits = [];
    const timings = [];
    for (let i = 0; i < COMMITS; i++) {
      const { ms, result } = await timeCommit(base, headers, bytes, i + 1);
      commits.push(ms);
      timings.push(result.timings);
    }
    const p50 = percentile(commits, 50);
    console.log(`  import (to job done)   p50 ${(p50 / 1000).toFixed(2).padStart(6)} s  max ${(Math.max(...commits) / 1000).toFixed(2).padStart(6)} s  (${COMMITS} runs)  ratio to ${TARGET_MS / 1000} s target: ${(p50 / TARGET_MS).toFixed(2)}`);
    console.log(`    in the job: reading and checking ${timings.map((t) => `${(t.prepareMs / 1000).toFixed(2)} s`).join(' / ')}, writing (one transaction) ${timings.map((t) => `${(t.writeMs / 1000).toFixed(2)} s`).join(' / ')}`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    await database.drop();
    fs.rmSync(uploads, { recursive: true, force: true });
  }
}
