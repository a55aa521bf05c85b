// The "direct SQL" reference of bench/dashboard.bench.mjs: the very repository functions
// GET /api/plans/:id/dashboard calls for an admin (the plan's nodes, then side by side: the
// roll-ups, late fiches, flagships, milestones, indicator tiles and their measures), timed against
// the database without HTTP, session, authorization, presenters or JSON.
// - dashboard: all of them, as the service runs them (roll-ups and lists in one pass, tiles beside);
// - rollup: the roll-up query alone (selectRollups), for scale.
// Usage: tsx src/bench-dashboard-sql.ts <organizationId> <planId>. Prints "ready", then for each line
// "dashboard" or "rollup" read on stdin runs that once and prints how long it took (ms).
import { createInterface } from 'node:readline';
import { openDatabase } from './db/client.js';
import { systemClock, todayOf } from './lib/clock.js';
import { codesOfNodes, nodesInCodeOrder } from './modules/actions/action-code.js';
import { listPlanNodes } from './modules/actions/action.repository.js';
import { lastDuePeriods } from './modules/indicators/indicator-list.service.js';
import { LIST_LIMIT, MILESTONE_DAYS, SPARKLINE_LENGTH, TILE_LIMIT } from './modules/dashboards/dashboard-access.js';
import { selectLatestMeasures } from './modules/measures/measure-read.repository.js';
import { selectTileIndicators } from './modules/dashboards/dashboard-indicators.repository.js';
import { addDays } from './modules/dashboards/dashboard.presenter.js';
import { selectDashboardParts, selectRollups } from './modules/dashboards/dashboard.repository.js';
import type { ActionScope } from './modules/dashboards/dashboard-scope.repository.js';
import { breakdownTops, childrenOf } from './modules/dashboards/plan-dashboard.service.js';

const [organizationIdArg, planIdArg] = process.argv.slice(2);
if (!organizationIdArg || !planIdArg) throw new Error('usage: bench-dashboard-sql.ts <organizationId> <planId>');
const organizationId: string = organizationIdArg;
const planId: string = planIdArg;
const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: process.env.DATA_DIR! });
const { db } = database;
const clock = systemClock;

async function dashboard() {
  const nodes = await listPlanNodes(db, { organizationId, planIds: [planId] });
  const codes = codesOfNodes(nodes);
  const tops = breakdownTops(childrenOf(nodes), null);
  const scope: ActionScope = { organizationId: organizationId, planIds: [planId], reader: null, filters: {}, today: todayOf(clock) };
  const nodeOrder = nodesInCodeOrder(nodes, codes);
  const reader = { admin: true, userId: '00000000-0000-0000-0000-000000000000', insideUnitIds: [] };
  await Promise.all([
    selectDashboardParts(db, scope, {
      tops,
      lists: [
        { kind: 'late', limit: LIST_LIMIT, nodeOrder },
        { kind: 'flagship', limit: LIST_LIMIT, nodeOrder },
      ],
      milestones: { until: addDays(scope.today, MILESTONE_DAYS), limit: LIST_LIMIT },
    }),
    (async () => {
      const indicators = await selectTileIndicators(db, {
        organizationId: organizationId,
        reader,
        linkedTo: { nodeIds: nodes.map((n) => n.id), actions: { ...scope, withSubActions: true } },
        duePeriods: lastDuePeriods({ clock }),
        limit: TILE_LIMIT,
      });
      const ids = indicators.map((i) => i.id);
      return selectLatestMeasures(db, { organizationId: organizationId, indicatorIds: ids, draftIndicatorIds: ids, count: SPARKLINE_LENGTH });
    })(),
  ]);
}

const nodesForRollup = await listPlanNodes(db, { organizationId, planIds: [planId] });
const rollupTops = breakdownTops(childrenOf(nodesForRollup), null);
const runners: Record<string, () => Promise<unknown>> = {
  dashboard,
  rollup: () => selectRollups(db, { organizationId: organizationId, planIds: [planId], reader: null, filters: {}, today: todayOf(clock) }, rollupTops),
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
