import type { DbOrTx } from '../../db/client.js';
import { todayOf, type Clock } from '../../lib/clock.js';
import { newId } from '../../lib/tokens.js';
import { recordChange } from '../audit/audit.service.js';
import { recomputeCalculated } from '../measures/measure-write.service.js';
import { DEMO_INDICATORS } from './demo-indicators.data.js';
import { generateDemoIndicators } from './demo-indicators.generate.js';
import { idsByTitle, insertDemoIndicatorRows } from './demo-indicators.repository.js';
import { seededRandom } from './demo-plans.generate.js';

/**
 * The demo collectivité's indicators with two and a half years of figures and targets, linked to
 * nodes and fiches of the demo plans (seed them first). Called inside the demo seed's transaction:
 * one insert per table, then the calculated indicator is computed by the measures machinery.
 */
export async function seedDemoIndicators(
  tx: DbOrTx,
  ctx: { organizationId: string; clock: Clock },
  people: { admin: string; pilot: string },
  unitIds: Map<string, string>,
) {
  const { organizationId, clock } = ctx;
  const { nodeIds, actionIds } = await idsByTitle(tx, organizationId);
  const rows = generateDemoIndicators({
    organizationId,
    specs: DEMO_INDICATORS,
    today: todayOf(clock),
    now: clock.now(),
    rng: seededRandom(2032),
    people,
    unitIds,
    nodeIds,
    actionIds,
    newId,
  });
  await insertDemoIndicatorRows(tx, rows);
  const calculated = rows.indicators.filter((row) => row.formula).map((row) => row.id);
  if (calculated.length > 0) await recomputeCalculated(tx, { clock }, { organizationId, indicatorIds: calculated });
  for (const row of rows.indicators) {
    await recordChange(tx, { organizationId, actorUserId: null, clock }, {
      entityType: 'indicator',
      entityId: row.id,
      action: 'create',
      before: null,
      after: { code: row.code, name: row.name, periodicity: row.periodicity, ownerOrgUnitId: row.ownerOrgUnitId, visibility: row.visibility, formula: row.formula },
    });
  }
}
