import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';

/** Node ids of the collectivité by title (the demo's strategic objectives, named in its data). */
export async function nodeIdsByTitle(tx: DbOrTx, organizationId: string, titles: string[]) {
  if (titles.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: planNodes.id, title: planNodes.title })
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), inArray(planNodes.title, titles)));
  return new Map(rows.map((row) => [row.title, row.id]));
}

export async function insertDemoNodes(tx: DbOrTx, nodes: (typeof planNodes.$inferInsert)[]) {
  await tx.insert(planNodes).values(nodes);
}
