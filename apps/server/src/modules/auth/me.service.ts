import type { Me } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { Actor, MemberActor } from '../../http/actor.js';
import { unauthenticated } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { recordChange } from '../audit/audit.service.js';
import { findUserById, listUserOrganizations, updateUser } from '../users/user.repository.js';

export async function describeMe(ctx: AppContext, actor: Actor): Promise<Me> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw unauthenticated();
  const organizations = await listUserOrganizations(ctx.db, actor.userId);
  const current = organizations.find((org) => org.id === actor.organizationId) ?? null;
  const member = current ? (actor as MemberActor) : null;
  const orgScope = { organizationId: actor.organizationId ?? '' };
  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale, mustChangePassword: user.mustChangePassword },
    organization: current,
    organizations,
    roles: current ? [current.orgRole] : [],
    orgUnitIds: actor.unitIds,
    csrfToken: actor.csrfToken,
    can: {
      manageMembers: member ? can(member, 'organization.manageMembers', orgScope) : false,
      manageUnits: member ? can(member, 'organization.manageUnits', orgScope) : false,
    },
  };
}

/** One's own name and language; a new name is recorded in the history of each collectivité. */
export async function updateMe(ctx: AppContext, actor: Actor, input: { name?: string; locale?: 'fr' | 'en' }) {
  await ctx.db.transaction(async (tx) => {
    const before = await findUserById(tx, actor.userId);
    if (!before) throw unauthenticated();
    await updateUser(tx, actor.userId, { ...input, updatedAt: ctx.clock.now() });
    for (const org of await listUserOrganizations(tx, actor.userId)) {
      await recordChange(tx, { organizationId: org.id, actorUserId: actor.userId, clock: ctx.clock }, {
        entityType: 'user',
        entityId: actor.userId,
        action: 'update',
        before: { name: before.name },
        after: { name: input.name ?? before.name },
      });
    }
  });
}
