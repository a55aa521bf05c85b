// Issue 8 target: importing a finance export of 50,000 lines (commitments and payments) ≤ 5 s.
// How, on each database: fresh database → a collectivité and its admin (the CLI) → the production
// build started as its own process → a portfolio plan with 200 projects submitted through the API
// (each with a cost for 2026, and a finance code set by PATCH) → a CSV in the finance software's
// French flavour (`;`, « 1 234,56 », dd/mm/yyyy, no BOM) of 50,000 lines: half by project code,
// half by finance code, 2 % unknown codes → a dry run (timed, reported) → the real import, timed
// from sending the file to the last byte of the answer → the same file again (all unchanged).
// Both databases by default; `--postgres` or `--pglite` (or BENCH_DB) for one.
import os from 'node:os';
import { buildIfStale } from '../scripts/lib/build.mjs';
import { benchKinds } from './lib/bench-db.mjs';
import { benchOnEach, withBenchServer } from './lib/http-bench.mjs';

const TARGET_S = 5;
const LINES = 50_000;
const PROJECTS = 200;
const EMAIL = 'admin@finance.bench';
const PASSWORD = 'pilotis-bench-finances';

const kinds = benchKinds();

async function createPortfolio(request) {
  const { data: plan } = await request('POST', '/api/plans', { name: 'Portefeuille DSI bench', kind: 'portfolio', levelNames: ['Programme'] });
  await request('POST', `/api/plans/${plan.id}/nodes`, { parentId: null, title: 'Projets' });
  const projects = [];
  for (let i = 0; i < PROJECTS; i++) {
    const { data } = await request('POST', `/api/portfolios/${plan.id}/requests`, {
      title: `Projet de bench ${i}`,
      requestingUnitId: null,
      costs: [{ year: 2026, nature: i % 2 ? 'operating' : 'investment', amount: 100_000 }],
    });
    const financeCode = `2051-${String(i).padStart(3, '0')}-DSI`;
    await request('PATCH', `/api/projects/${data.id}`, { version: data.version, financeCodes: [financeCode] });
    projects.push({ code: data.code, financeCode });
  }
  return { planId: plan.id, projects };
}

const euros = (cents) => `${Math.floor(cents / 100).toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ')},${String(cents % 100).padStart(2, '0')}`;

/** The finance software's export: one line per commitment or payment. */
function financeCsv(projects) {
  const lines = ['N° pièce;Type;Date;Imputation;Section;Montant TTC;Fournisseur;Libellé'];
  for (let i = 0; i < LINES; i++) {
    const project = projects[i % projects.length];
    const code = i % 50 === 49 ? `6288-${i}` : i % 2 ? project.code : project.financeCode;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(`P-${i};${i % 3 ? 'Mandat' : 'Engagement'};${day}/${month}/2026;${code};${i % 2 ? 'F' : 'I'};"${euros(10_000 + ((i * 7919) % 1_000_000))}";Fournisseur ${i % 500};Pièce ${i}`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function timeImport(request, planId, csv, dryRun) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'mandats.csv');
  const started = performance.now();
  const { data } = await request('POST', `/api/finance/import?portfolioId=${planId}&dryRun=${dryRun}`, form);
  return { seconds: (performance.now() - started) / 1000, data };
}

const rate = (seconds) => `${Math.round(LINES / seconds).toLocaleString('en-US').padStart(7)} lines/s`;

async function benchOn(kind) {
  const organization = { name: 'Bench finances', email: EMAIL, password: PASSWORD };
  await withBenchServer(kind, { label: 'finance import', organization }, async ({ request }) => {
    const setup = performance.now();
    const { planId, projects } = await createPortfolio(request);
    console.log(`${PROJECTS} projects submitted through the API in ${((performance.now() - setup) / 1000).toFixed(1)} s`);

    const csv = financeCsv(projects);
    const dry = await timeImport(request, planId, csv, true);
    const real = await timeImport(request, planId, csv, false);
    const again = await timeImport(request, planId, csv, false);
    if (real.data.created !== LINES) throw new Error(`import created ${real.data.created}, expected ${LINES}`);
    if (again.data.unchanged !== LINES) throw new Error(`re-import: ${again.data.unchanged} unchanged, expected ${LINES}`);
    console.log(`CSV: ${LINES.toLocaleString('en-US')} lines, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB; ${real.data.matched} matched, ${real.data.unmatched} unmatched`);
    console.log(`dry run                      ${dry.seconds.toFixed(2).padStart(6)} s  ${rate(dry.seconds)}`);
    console.log(`import ${LINES.toLocaleString('en-US')} lines         ${real.seconds.toFixed(2).padStart(6)} s  ${rate(real.seconds)}  (${(real.seconds / TARGET_S).toFixed(2)} × target ${TARGET_S} s)`);
    console.log(`same file again (unchanged)  ${again.seconds.toFixed(2).padStart(6)} s  ${rate(again.seconds)}`);
    // Timings on a shared machine say little without its load: print it with them.
    console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  });
}

buildIfStale(['server']);
await benchOnEach(kinds, 'finance import', benchOn);
