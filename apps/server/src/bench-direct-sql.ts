// The "direct SQL" reference of bench/plan-tree.bench.mjs: the very repository functions the
// endpoints call, timed against the database without HTTP, session, authorization or JSON.
// - tree: `selectPlanTree` (the one query of GET /api/plans/:id/tree: the plan's nodes with their
//   roll-ups). Importing it, rather than copying its SQL here, keeps the reference honest when the
//   query changes.
// - list: `listPlanNodes` + `listActionPage` with the filters the benchmark's list request sends.
// Usage: tsx src/bench-direct-sql.ts <organizationId> <planId> <q>. Prints "ready", then for each
// line "tree" or "list" read on stdin runs that once and prints how long it took (ms). The
// benchmark asks for one run between two HTTP requests, so both sides see the same machine load.
import { createInterface } from 'node:readline';
import { openDatabase } from './db/client.js';
import { systemClock, todayOf } from './lib/clock.js';
import { codesOfNodes, nodesInCodeOrder } from './modules/actions/action-code.js';
import { listActionPage } from './modules/actions/action-list.repository.js';
import { listPlanNodes } from './modules/actions/action.repository.js';
import { foldForSearch } from './modules/actions/action.search.js';
import { selectPlanTree } from './modules/plan-nodes/plan-tree.repository.js';

const [organizationId, planId, q] = process.argv.slice(2);
if (!organizationId || !planId) throw new Error('usage: bench-direct-sql.ts <organizationId> <planId> <q>');
const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: process.env.DATA_DIR! });
const { db } = database;

const runners: Record<string, () => Promise<unknown>> = {
  tree: () => selectPlanTree(db, { organizationId, planId, today: todayOf(systemClock) }),
  list: async () => {
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
  },
};

console.log('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const run = runners[line.trim()];
  if (!run) throw new Error(`unknown request: ${line}`);
  const started = performance.now();
  await run();
  console.log((performance.now() - started).toFixed(3));
}
await database.close();
