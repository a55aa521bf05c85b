import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { hashToken } from '../../lib/tokens.js';
import { apiTokenState } from './api-token.presenter.js';
import { findApiTokenByHash, touchApiToken } from './api-token.repository.js';
import { todayOf } from '../../lib/clock.js';

/** A business application calling /api/v1 with its token: what it may feed, in which collectivité. */
export interface TokenActor {
  tokenId: string;
  organizationId: string;
  /** Org units whose indicators it may feed (with their sub-units); empty: the whole collectivité. */
  orgUnitIds: string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    apiToken: TokenActor | null;
  }
}

const LAST_USE_PRECISION_MS = 60_000;
const refused = (message: string) => new AppError(401, 'unauthenticated', message);

/**
 * Bearer authentication for the routes of `scope` (/api/v1): no cookie, no CSRF (the session
 * hook leaves /api/v1 alone), so a browser session cannot call these routes and a token cannot
 * call the others.
 */
export function registerBearerAuth(scope: FastifyInstance, ctx: AppContext) {
  scope.decorateRequest('apiToken', null);
  scope.addHook('onRequest', async (request, reply) => {
    try {
      request.apiToken = await authenticateBearer(ctx, request.headers.authorization);
    } catch (error) {
      reply.header('WWW-Authenticate', 'Bearer realm="pilotis"');
      throw error;
    }
  });
}

export async function authenticateBearer(ctx: AppContext, header: string | undefined): Promise<TokenActor> {
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!secret) throw refused('Jeton d’API requis : en-tête « Authorization: Bearer pil_… »');
  const row = await findApiTokenByHash(ctx.db, hashToken(secret));
  if (!row) throw refused('Jeton d’API inconnu');
  const state = apiTokenState(row, todayOf(ctx.clock));
  if (state === 'revoked') throw refused('Jeton d’API révoqué');
  if (state === 'expired') throw refused(`Jeton d’API expiré depuis le ${row.expiresOn}`);
  const now = ctx.clock.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USE_PRECISION_MS) {
    await touchApiToken(ctx.db, { id: row.id, at: now, notBefore: new Date(now.getTime() - LAST_USE_PRECISION_MS) });
  }
  return { tokenId: row.id, organizationId: row.organizationId, orgUnitIds: row.orgUnitIds };
}
