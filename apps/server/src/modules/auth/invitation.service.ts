import type { AcceptInvitationInput } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../http/errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { recordChange } from '../audit/audit.service.js';
import { findUserById, updateUser } from '../users/user.repository.js';
import { findInvitation, insertInvitation, revokeInvitations } from './auth.repository.js';
import { hashPassword } from './password.js';

const INVITATION_DAYS = 14;

/** Issues a single-use link (valid 14 days); earlier links for the same person stop working. */
export async function createInvitation(tx: DbOrTx, ctx: AppContext, { organizationId, userId }: { organizationId: string; userId: string }) {
  const now = ctx.clock.now();
  await revokeInvitations(tx, { organizationId, userId, at: now });
  const token = newToken();
  await insertInvitation(tx, {
    id: hashToken(token),
    organizationId,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
  });
  return token;
}

export const invitationUrl = (ctx: AppContext, token: string) => `${ctx.config.publicUrl}/invitation/${token}`;

/** The invited person chooses a password; the link is then spent. */
export async function acceptInvitation(ctx: AppContext, input: AcceptInvitationInput) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const invitation = await findInvitation(tx, hashToken(input.token));
    if (!invitation || invitation.usedAt || invitation.expiresAt <= now) {
      throw new AppError(400, 'validation_failed', 'Ce lien d’invitation n’est plus valide ; demandez-en un nouveau à votre administrateur', [
        { path: 'token', message: 'Lien expiré ou déjà utilisé' },
      ]);
    }
    const user = await findUserById(tx, invitation.userId);
    if (!user) throw new AppError(400, 'validation_failed', 'Lien invalide');
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, updatedAt: now });
    await revokeInvitations(tx, { organizationId: invitation.organizationId, userId: user.id, at: now });
    await recordChange(
      tx,
      { organizationId: invitation.organizationId, actorUserId: user.id, clock: ctx.clock },
      { entityType: 'user', entityId: user.id, action: 'password_change', before: null, after: { invitationAccepted: true } },
    );
    return { email: user.email };
  });
}
