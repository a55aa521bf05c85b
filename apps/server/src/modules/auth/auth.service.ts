import type { ChangePasswordInput, LoginInput } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { Actor, MemberActor } from '../../http/actor.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { recordChange } from '../audit/audit.service.js';
import { findUserByEmail, findUserById, listUserOrganizations, updateUser } from '../users/user.repository.js';
import { deleteSession, deleteUserSessions, findSessionWithUser, insertSession, updateSession } from './auth.repository.js';
import { assertNotThrottled, clearFailures, recordFailure } from './login-throttle.js';
import { verifyPassword } from './password.js';
import { hashPassword } from './password.js';

const SLIDE_EVERY_MS = 5 * 60_000;
const GENERIC_FAILURE = 'Adresse e-mail ou mot de passe incorrect';

const ttlMs = (ctx: AppContext) => ctx.config.SESSION_TTL_HOURS * 3_600_000;

/** Checks the password, then opens a session in the first collectivité where the person is active. */
export async function login(ctx: AppContext, input: LoginInput, ip: string) {
  await assertNotThrottled(ctx, input.email, ip);
  const user = await findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  const organizations = user && ok ? await listUserOrganizations(ctx.db, user.id) : [];
  if (!user || !ok || organizations.length === 0) {
    await recordFailure(ctx, input.email, ip);
    throw new AppError(401, 'unauthenticated', GENERIC_FAILURE);
  }
  await clearFailures(ctx, input.email);
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ttlMs(ctx));
  await insertSession(ctx.db, {
    id: hashToken(token),
    userId: user.id,
    organizationId: organizations[0]!.id,
    csrfToken: newToken(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  const actor = (await resolveSession(ctx, token))!;
  return { token, expiresAt, actor };
}

/** The actor behind a session cookie, or null when the session is unknown or expired. */
export async function resolveSession(ctx: AppContext, token: string): Promise<Actor | null> {
  const id = hashToken(token);
  const row = await findSessionWithUser(ctx.db, id);
  const now = ctx.clock.now();
  if (!row) return null;
  if (row.session.expiresAt <= now) {
    await deleteSession(ctx.db, id);
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > SLIDE_EVERY_MS) {
    await updateSession(ctx.db, id, { lastSeenAt: now, expiresAt: new Date(now.getTime() + ttlMs(ctx)) });
  }
  const organizationId = row.membership ? row.session.organizationId : null;
  return {
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    sessionId: id,
    csrfToken: row.session.csrfToken,
    organizationId,
    orgRole: row.membership?.orgRole ?? null,
    unitIds: organizationId ? row.unitIds : [],
  };
}

export async function logout(ctx: AppContext, actor: Actor) {
  await deleteSession(ctx.db, actor.sessionId);
}

/** Moves the session to another collectivité where the person is an active member. */
export async function switchOrganization(ctx: AppContext, actor: Actor, organizationId: string) {
  const organizations = await listUserOrganizations(ctx.db, actor.userId);
  if (!organizations.some((org) => org.id === organizationId)) throw notFound('Collectivité');
  await updateSession(ctx.db, actor.sessionId, { organizationId });
}

/** Changing one's password signs out every other session of the account. */
export async function changePassword(ctx: AppContext, actor: MemberActor, input: ChangePasswordInput) {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid([{ path: 'currentPassword', message: 'Mot de passe actuel incorrect' }], 'Mot de passe actuel incorrect');
  }
  if (input.newPassword === input.currentPassword) {
    throw invalid([{ path: 'newPassword', message: 'Le nouveau mot de passe doit être différent de l’actuel' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ttlMs(ctx));
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, updatedAt: now });
    await deleteUserSessions(tx, user.id);
    await insertSession(tx, {
      id: hashToken(token),
      userId: user.id,
      organizationId: actor.organizationId,
      csrfToken: newToken(),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    await recordChange(
      tx,
      { organizationId: actor.organizationId, actorUserId: actor.userId, clock: ctx.clock },
      { entityType: 'user', entityId: user.id, action: 'password_change', before: null, after: { passwordChanged: true } },
    );
  });
  return { token, expiresAt };
}
