import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actions } from '../actions/action.table.js';
import { indicatorActionLinks, indicatorInputs, indicatorNodeLinks, indicatorPilots, indicators, indicatorTargets } from '../indicators/indicator.table.js';
import { measures } from '../measures/measure.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import type { DemoIndicatorRows } from './demo-indicators.generate.js';
import { insertInChunks } from './demo-plans.repository.js';

/** Node and action ids of the collectivité by title (the demo's titles are unique). */
export async function idsByTitle(tx: DbOrTx, organizationId: string) {
  const [nodes, acts] = await Promise.all([
    tx.select({ id: planNodes.id, title: planNodes.title }).from(planNodes).where(eq(planNodes.organizationId, organizationId)),
    tx.select({ id: actions.id, title: actions.title }).from(actions).where(eq(actions.organizationId, organizationId)),
  ]);
  const byTitle = (rows: { id: string; title: string }[]) => {
    const map = new Map<string, string>();
    for (const row of rows) if (!map.has(row.title)) map.set(row.title, row.id);
    return map;
  };
  return { nodeIds: byTitle(nodes), actionIds: byTitle(acts) };
}

/** Writes generated indicator rows, one multi-row insert per table. */
export async function insertDemoIndicatorRows(tx: DbOrTx, rows: DemoIndicatorRows) {
  await insertInChunks(rows.indicators, (c) => tx.insert(indicators).values(c), 1000);
  await insertInChunks(rows.pilots, (c) => tx.insert(indicatorPilots).values(c), 1000);
  await insertInChunks(rows.nodeLinks, (c) => tx.insert(indicatorNodeLinks).values(c), 1000);
  await insertInChunks(rows.actionLinks, (c) => tx.insert(indicatorActionLinks).values(c), 1000);
  await insertInChunks(rows.inputs, (c) => tx.insert(indicatorInputs).values(c), 1000);
  await insertInChunks(rows.targets, (c) => tx.insert(indicatorTargets).values(c), 1000);
  await insertInChunks(rows.measures, (c) => tx.insert(measures).values(c), 1000);
}
