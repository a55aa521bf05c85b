import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import type { IndicatorResource } from '../../policies/indicator.policy.js';
import { can } from '../../policies/index.js';
import { findIndicator, findIndicatorPilotIds, orgUnitPath } from './indicator.repository.js';
import type { IndicatorRow } from './indicator.table.js';

/** What the rules need to know of an indicator (or of one about to be created). */
export async function indicatorResourceOf(
  db: DbOrTx,
  row: Pick<IndicatorRow, 'organizationId' | 'visibility' | 'ownerOrgUnitId'>,
  pilotIds: string[],
): Promise<IndicatorResource> {
  return {
    organizationId: row.organizationId,
    visibility: row.visibility,
    ownerUnitPath: await orgUnitPath(db, { organizationId: row.organizationId, orgUnitId: row.ownerOrgUnitId }),
    pilotIds,
  };
}

/** The indicator with what policies need to decide, whether or not the actor may read it. */
export async function loadIndicatorResource(db: DbOrTx, actor: MemberActor, id: string) {
  const scope = { organizationId: actor.organizationId };
  const indicator = await findIndicator(db, { ...scope, id });
  if (!indicator) return undefined;
  const resource = await indicatorResourceOf(db, indicator, await findIndicatorPilotIds(db, { ...scope, indicatorId: id }));
  return { indicator, resource };
}

/**
 * The indicator if the actor may read it, with its resource for the next `authorize`; 404 when
 * missing, of another collectivité, or a `unit` indicator the actor is outside of.
 */
export async function loadIndicatorForActor(db: DbOrTx, actor: MemberActor, id: string) {
  const loaded = await loadIndicatorResource(db, actor, id);
  if (!loaded || !can(actor, 'indicator.read', loaded.resource)) throw notFound('Indicateur');
  return loaded;
}
