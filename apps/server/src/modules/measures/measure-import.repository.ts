import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { indicatorPilots, indicators } from '../indicators/indicator.table.js';

/**
 * Every indicator of the collectivité as the rules need it to decide who may enter its measures,
 * with whether `userId` pilots it: one query for a whole file, whatever its size.
 */
export async function selectIndicatorsForEntry(db: DbOrTx, { organizationId, userId }: { organizationId: string; userId: string }) {
  return db
    .select({
      id: indicators.id,
      code: indicators.code,
      visibility: indicators.visibility,
      ownerOrgUnitId: indicators.ownerOrgUnitId,
      pilotUserId: indicatorPilots.userId,
    })
    .from(indicators)
    .leftJoin(indicatorPilots, and(eq(indicatorPilots.indicatorId, indicators.id), eq(indicatorPilots.userId, userId)))
    .where(eq(indicators.organizationId, organizationId));
}
