import type { Db } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import type { IndicatorResource } from '../../policies/indicator.policy.js';
import { listOrgUnits } from '../org-units/org-unit.repository.js';
import { selectIndicatorsForEntry } from './measure-import.repository.js';

/**
 * What a file's codes mean for this actor: codes of indicators they may not even read are
 * unknown to them (as a 404 would be); readable but not theirs to fill is a problem of its own.
 */
export interface EntryAccess {
  hidden: Set<string>;
  readOnly: Set<string>;
  enterable: Set<string>;
}

export async function loadEntryAccess(db: Db, actor: MemberActor): Promise<EntryAccess> {
  const [rows, units] = await Promise.all([
    selectIndicatorsForEntry(db, { organizationId: actor.organizationId, userId: actor.userId }),
    listOrgUnits(db, { organizationId: actor.organizationId }),
  ]);
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const access: EntryAccess = { hidden: new Set(), readOnly: new Set(), enterable: new Set() };
  for (const row of rows) {
    const resource: IndicatorResource = {
      organizationId: actor.organizationId,
      visibility: row.visibility,
      ownerUnitPath: unitPath(row.ownerOrgUnitId, parentOf),
      pilotIds: row.pilotUserId ? [row.pilotUserId] : [],
    };
    if (can(actor, 'indicator.enterMeasures', resource)) access.enterable.add(row.code);
    else if (can(actor, 'indicator.read', resource)) access.readOnly.add(row.code);
    else access.hidden.add(row.code);
  }
  return access;
}

/** The unit and every unit above it (a cycle cannot exist, but a bound costs nothing). */
function unitPath(unitId: string | null, parentOf: Map<string, string | null>): string[] {
  const path: string[] = [];
  for (let id = unitId; id && path.length < 100; id = parentOf.get(id) ?? null) path.push(id);
  return path;
}
