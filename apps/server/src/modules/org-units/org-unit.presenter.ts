import type { OrgUnit } from '@pilotis/shared';
import type { MemberActor } from '../../http/actor.js';
import { abilities } from '../../policies/index.js';
import type { OrgUnitRow } from './org-unit.table.js';

export function presentOrgUnit(row: OrgUnitRow): OrgUnit {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parentId,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export const orgUnitAbilities = (actor: MemberActor, row: OrgUnitRow) => abilities(actor, ['orgUnit.update'], row);

/** Fields worth a line in the history. */
export const auditedOrgUnit = (row: OrgUnitRow) => ({ name: row.name, parentId: row.parentId, active: row.active });
