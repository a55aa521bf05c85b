import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { measures } from './measure.table.js';

type Ref = { organizationId: string; indicatorId: string; period: string };

export async function findMeasure(db: DbOrTx, { organizationId, indicatorId, period }: Ref) {
  const [row] = await db
    .select()
    .from(measures)
    .where(and(eq(measures.organizationId, organizationId), eq(measures.indicatorId, indicatorId), eq(measures.period, period)));
  return row;
}

/** Flips a draft to validated; undefined when there was no draft (already validated, or gone). */
export async function markMeasureValidated(db: DbOrTx, ref: Ref, by: { userId: string; at: Date }) {
  const [row] = await db
    .update(measures)
    .set({ state: 'validated', validatedById: by.userId, validatedAt: by.at, version: sql`${measures.version} + 1` })
    .where(and(eq(measures.organizationId, ref.organizationId), eq(measures.indicatorId, ref.indicatorId), eq(measures.period, ref.period), eq(measures.state, 'draft')))
    .returning();
  return row;
}
