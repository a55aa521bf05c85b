import type { User } from '@pilotis/shared';
import type { MemberActor } from '../../http/actor.js';
import { abilities } from '../../policies/index.js';
import type { MemberRecord } from './user.repository.js';

export function presentUser(record: MemberRecord): User {
  return {
    id: record.user.id,
    email: record.user.email,
    name: record.user.name,
    orgRole: record.membership.orgRole,
    active: record.membership.active,
    orgUnitIds: record.orgUnitIds,
    mustChangePassword: record.user.mustChangePassword,
    invitationPending: record.invitationPending,
    version: record.membership.version,
    createdAt: record.membership.createdAt.toISOString(),
  };
}

export const userAbilities = (actor: MemberActor, record: MemberRecord) =>
  abilities(actor, ['user.update', 'user.changeRole', 'user.deactivate', 'user.readHistory'], {
    id: record.user.id,
    organizationId: record.membership.organizationId,
  });

/** What the history shows of a person: never the password hash. */
export const auditedUser = (record: Pick<MemberRecord, 'user' | 'membership' | 'orgUnitIds'>) => ({
  email: record.user.email,
  name: record.user.name,
  orgRole: record.membership.orgRole,
  active: record.membership.active,
  orgUnitIds: record.orgUnitIds,
});
