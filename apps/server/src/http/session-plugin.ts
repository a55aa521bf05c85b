import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { AppContext } from '../context.js';
import { resolveSession } from '../modules/auth/auth.service.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'pilotis_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie into request.actor, and enforces CSRF: a state-changing request
 * authenticated by the cookie must echo the session's token in X-CSRF-Token.
 */
export function registerSession(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    // /api/v1 is for business applications with a bearer token: a browser session means nothing there.
    if (!token || !request.url.startsWith('/api/') || request.url.startsWith('/api/v1/')) return;
    request.actor = await resolveSession(ctx, token);
    if (request.actor && !SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (header !== request.actor.csrfToken) {
        throw new AppError(403, 'csrf_failed', 'Jeton CSRF absent ou invalide ; rechargez la page');
      }
    }
  });
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, config),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: isSecure(request, config), path: '/' });
}

function isSecure(request: FastifyRequest, config: Config): boolean {
  if (config.COOKIE_SECURE === 'always') return true;
  if (config.COOKIE_SECURE === 'never') return false;
  return request.protocol === 'https';
}
