// Issue 8 target: the arbitration view of a portfolio of 500 requests ≤ 5 s.
// How, on each database: fresh database → a collectivité and its admin (the CLI) → the production
// build started as its own process → a portfolio with its period (2026–2028), budget and FTE
// capacities and 4 criteria → 500 requests submitted through the API (costs over two years, FTE of
// one of 5 units, a link to an objective), each scored by the admin, 60 of them approved →
// GET /api/portfolios/:id/arbitration timed 20 times without a selection and 20 times with a
// what-if selection of 100 projects (p50 / p95 of the whole answer, read to its last byte).
// Both databases by default; `--postgres` or `--pglite` (or BENCH_DB) for one.
import { buildIfStale } from '../scripts/lib/build.mjs';
import { benchKinds } from './lib/bench-db.mjs';
import { benchOnEach, percentile, withBenchServer } from './lib/http-bench.mjs';

const TARGET_S = 5;
const PROJECTS = 500;
const APPROVED = 60;
const SELECTED = 100;
const RUNS = 20;
const EMAIL = 'admin@portefeuille.bench';
const PASSWORD = 'pilotis-bench-portefeuille';

const kinds = benchKinds();

/** Runs `task(i)` for i < n, `width` at a time. */
async function inParallel(n, width, task) {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < n) await task(next++);
  }));
}

async function createPortfolio(request) {
  const units = [];
  for (let i = 0; i < 5; i++) units.push((await request('POST', '/api/org-units', { name: `Service ${i}`, parentId: null })).data.id);
  const { data: mandate } = await request('POST', '/api/plans', { name: 'Plan de mandat', kind: 'mandate', state: 'active', levelNames: ['Axe'] });
  const objective = (await request('POST', `/api/plans/${mandate.id}/nodes`, { parentId: null, title: 'Administration numérique' })).data.id;
  const { data: plan } = await request('POST', '/api/plans', { name: 'Portefeuille DSI bench', kind: 'portfolio', state: 'active', levelNames: ['Programme'] });
  await request('POST', `/api/plans/${plan.id}/nodes`, { parentId: null, title: 'Projets' });
  const years = [2026, 2027, 2028];
  await request('PUT', `/api/portfolios/${plan.id}/settings`, {
    version: 0, startYear: 2026, endYear: 2028, weightMode: 'budget',
    budgetCapacities: years.flatMap((year) => [{ year, nature: 'investment', amountCents: 300_000_000 }, { year, nature: 'operating', amountCents: 50_000_000 }]),
    fteCapacities: years.flatMap((year) => units.map((orgUnitId) => ({ year, orgUnitId, fte: 6 }))),
  });
  const { data: criteria } = await request('PUT', `/api/portfolios/${plan.id}/criteria`, {
    criteria: [
      { name: 'Alignement stratégique', weight: 3, scaleMin: 0, scaleMax: 4, kind: 'alignment' },
      { name: 'Valeur pour les usagers', weight: 3, scaleMin: 0, scaleMax: 5 },
      { name: 'Urgence', weight: 2, scaleMin: 0, scaleMax: 5 },
      { name: 'Risque', weight: 1, scaleMin: 1, scaleMax: 5 },
    ],
  });
  const ids = [];
  await inParallel(PROJECTS, 4, async (i) => {
    const year = 2026 + (i % 3);
    const { data } = await request('POST', `/api/portfolios/${plan.id}/requests`, {
      title: `Projet de bench ${i}`,
      requestingUnitId: units[i % units.length],
      costs: [{ year, nature: 'investment', amount: 20_000 + ((i * 7919) % 200_000) }, { year: Math.min(2028, year + 1), nature: 'operating', amount: 5_000 + (i % 20) * 1_000 }],
      resources: [{ year, orgUnitId: units[i % units.length], fte: 0.25 + (i % 4) * 0.25 }],
      objectiveNodeIds: i % 3 ? [objective] : [],
    });
    await request('PUT', `/api/projects/${data.id}/scores`, { scores: criteria.map((c, k) => ({ criterionId: c.id, score: c.scaleMin + ((i + k) % (c.scaleMax - c.scaleMin + 1)) })) });
    ids[i] = data.id;
  });
  await inParallel(APPROVED, 4, async (i) => {
    let { data } = await request('GET', `/api/projects/${ids[i]}`);
    for (const to of ['evaluation', 'arbitration', 'approved']) ({ data } = await request('POST', `/api/projects/${ids[i]}/transition`, { to, version: data.version }));
  });
  return { planId: plan.id, ids };
}

async function timeArbitration(request, planId, selected) {
  const url = `/api/portfolios/${planId}/arbitration${selected.length ? `?selected=${selected.join(',')}` : ''}`;
  const first = await request('GET', url);
  if (first.data.projects.length !== PROJECTS) throw new Error(`arbitration listed ${first.data.projects.length} projects, expected ${PROJECTS}`);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await request('GET', url);
    samples.push(performance.now() - started);
  }
  return { samples, overloads: first.data.capacity.budget.filter((b) => b.overload).length + first.data.capacity.fte.filter((f) => f.overload).length };
}

const line = (label, { samples, overloads }) =>
  `${label.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms  (${(percentile(samples, 95) / 1000 / TARGET_S).toFixed(3)} × target ${TARGET_S} s; ${overloads} overloads)`;

async function benchOn(kind) {
  const organization = { name: 'Bench portefeuille', email: EMAIL, password: PASSWORD };
  await withBenchServer(kind, { label: 'portfolio arbitration', organization }, async ({ database, request }) => {
    const setup = performance.now();
    const { planId, ids } = await createPortfolio(request);
    console.log(`${PROJECTS} requests submitted and scored, ${APPROVED} approved, through the API in ${((performance.now() - setup) / 1000).toFixed(1)} s`);
    await database.settle?.();
    console.log(line('arbitration, no selection', await timeArbitration(request, planId, [])));
    console.log(line(`arbitration, what-if of ${SELECTED}`, await timeArbitration(request, planId, ids.slice(APPROVED, APPROVED + SELECTED))));
  });
}

buildIfStale(['server']);
await benchOnEach(kinds, 'portfolio arbitration', benchOn);
