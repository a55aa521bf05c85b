import type { apiTokenCreateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid, notFound } from '../../http/errors.js';
import { hashToken, newId, newToken } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { existingOrgUnitIds } from '../org-units/org-unit.repository.js';
import { auditedApiToken, presentApiToken } from './api-token.presenter.js';
import { findApiToken, insertApiToken, listApiTokens, revokeApiToken } from './api-token.repository.js';
import { todayOf } from '../../lib/clock.js';

type CreateInput = z.output<typeof apiTokenCreateInputSchema>;

/** `pil_` tells a leaked secret apart in logs and secret scanners; the rest is 32 random bytes. */
export const API_TOKEN_PREFIX = 'pil_';
const DISPLAY_LENGTH = API_TOKEN_PREFIX.length + 6;

export async function listOrganizationApiTokens(ctx: AppContext, actor: MemberActor) {
  authorize(actor, 'apiToken.manage', scopeOf(actor));
  const today = todayOf(ctx.clock);
  return (await listApiTokens(ctx.db, scopeOf(actor))).map((row) => presentApiToken(row, today));
}

/** Answers the token with its secret: the only time anyone sees it. */
export async function createApiToken(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  authorize(actor, 'apiToken.manage', scopeOf(actor));
  const orgUnitIds = [...new Set(input.orgUnitIds)];
  const known = new Set(await existingOrgUnitIds(ctx.db, { ...scopeOf(actor), ids: orgUnitIds }));
  const unknown = orgUnitIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw invalid([{ path: 'orgUnitIds', message: 'Service ou direction introuvable dans la collectivité' }]);
  if (input.expiresOn && input.expiresOn < todayOf(ctx.clock)) {
    throw invalid([{ path: 'expiresOn', message: 'La date d’expiration est déjà passée' }]);
  }
  const secret = `${API_TOKEN_PREFIX}${newToken()}`;
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertApiToken(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      name: input.name,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, DISPLAY_LENGTH),
      orgUnitIds,
      expiresOn: input.expiresOn,
      createdById: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'apiToken', entityId: inserted.id, action: 'create', before: null, after: auditedApiToken(inserted) });
    return inserted;
  });
  return { ...presentApiToken({ token: row, creatorName: actor.name }, todayOf(ctx.clock)), token: secret };
}

/** The row stays (measures it wrote point to it); only its use ends. Revoking twice is harmless. */
export async function revokeOrganizationApiToken(ctx: AppContext, actor: MemberActor, id: string) {
  authorize(actor, 'apiToken.manage', scopeOf(actor));
  return ctx.db.transaction(async (tx) => {
    const current = await findApiToken(tx, { ...scopeOf(actor), id });
    if (!current) throw notFound('Jeton');
    const revoked = await revokeApiToken(tx, { ...scopeOf(actor), id, at: ctx.clock.now() });
    if (revoked) {
      await recordChange(tx, auditContextOf(ctx, actor), {
        entityType: 'apiToken',
        entityId: id,
        action: 'revoke',
        before: auditedApiToken(current.token),
        after: auditedApiToken(revoked),
      });
    }
    return presentApiToken({ token: revoked ?? current.token, creatorName: current.creatorName }, todayOf(ctx.clock));
  });
}
