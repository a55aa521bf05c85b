import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { indicatorTargets } from './indicator.table.js';

type Link = { organizationId: string; indicatorId: string };

export async function listIndicatorTargets(db: DbOrTx, { organizationId, indicatorId }: Link) {
  return db
    .select({ period: indicatorTargets.period, value: indicatorTargets.value, valueMax: indicatorTargets.valueMax })
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.organizationId, organizationId), eq(indicatorTargets.indicatorId, indicatorId)))
    .orderBy(asc(indicatorTargets.period));
}

export async function replaceIndicatorTargets(db: DbOrTx, { organizationId, indicatorId }: Link, targets: { period: string; value: number; valueMax: number | null }[]) {
  await db.delete(indicatorTargets).where(and(eq(indicatorTargets.organizationId, organizationId), eq(indicatorTargets.indicatorId, indicatorId)));
  if (targets.length > 0) await db.insert(indicatorTargets).values(targets.map((target) => ({ organizationId, indicatorId, ...target })));
}
