import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { findMember } from './user.repository.js';

/**
 * The user as the session would make them: their role and units in the collectivité. A person
 * no longer active there gets 404 (a background job — a report, an import — of someone who left fails).
 */
export async function memberActorOf(ctx: AppContext, organizationId: string, userId: string): Promise<MemberActor> {
  const member = await findMember(ctx.db, { organizationId, userId }, ctx.clock.now());
  if (!member || !member.membership.active) throw notFound('Membre');
  return {
    userId,
    name: member.user.name,
    email: member.user.email,
    sessionId: '',
    csrfToken: '',
    organizationId,
    orgRole: member.membership.orgRole,
    unitIds: member.orgUnitIds,
  };
}
