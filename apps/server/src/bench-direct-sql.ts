// The "direct SQL" reference of bench/plan-tree.bench.mjs: the very repository functions the
// endpoints call, timed against the database without HTTP, session, authorization or JSON.
// - tree: `selectPlanTree` (the one query of GET /api/plans/:id/tree: the plan's nodes with their
//   roll-ups). Importing it, rather than copying its SQL here, keeps the reference honest when the
//   query changes.
// - list: `listPlanNodes` + `listActionPage` with the filters the benchmark's list request sends.
// Usage: tsx src/bench-direct-sql.ts <organizationId> <planId> <runs> <q>; prints JSON timings (ms).
import { openDatabase } from './db/client.js';
import { systemClock } from './lib/clock.js';
import { codesOfNodes, nodesInCodeOrder, todayOf } from './modules/actions/action-code.js';
import { listActionPage } from './modules/actions/action-list.repository.js';
import { listPlanNodes } from './modules/actions/action.repository.js';
import { foldForSearch } from './modules/actions/action.search.js';
import { selectPlanTree } from './modules/plan-nodes/plan-tree.repository.js';
import { todayInFrance } from './modules/plan-nodes/plan-tree.service.js';

const [organizationId, planId, runsArg, q] = process.argv.slice(2);
if (!organizationId || !planId) throw new Error('usage: bench-direct-sql.ts <organizationId> <planId> <runs> <q>');
const runs = Number(runsArg ?? 60);
const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: process.env.DATA_DIR! });
const { db } = database;

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

const tree = await time(() => selectPlanTree(db, { organizationId, planId, today: todayInFrance(systemClock) }));
const list = await time(async () => {
  const nodes = await listPlanNodes(db, { organizationId, planIds: [planId] });
  const codes = codesOfNodes(nodes);
  return listActionPage(db, {
    organizationId,
    planIds: [planId],
    reader: null,
    filters: { categories: ['in_progress'], late: true, q: q ? foldForSearch(q) : undefined },
    today: todayOf(systemClock),
    nodeOrder: nodesInCodeOrder(nodes, codes),
    sort: { key: 'code', desc: false },
    page: 1,
    pageSize: 50,
  });
});
await database.close();
console.log(JSON.stringify({ tree, list }));
