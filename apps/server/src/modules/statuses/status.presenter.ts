import type { Status } from '@pilotis/shared';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import type { StatusRow } from './status.table.js';

export function presentStatus(row: StatusRow): Status {
  return { id: row.id, label: row.label, category: row.category, position: row.position, active: row.active, version: row.version };
}

/** The status list is a setting of the collectivité: its admins shape it (no rule of its own needed). */
export const statusAbilities = (actor: MemberActor, row: StatusRow) => ({
  update: can(actor, 'organization.update', { organizationId: row.organizationId }),
});

export const auditedStatus = (row: StatusRow) => ({ label: row.label, category: row.category, position: row.position, active: row.active });
