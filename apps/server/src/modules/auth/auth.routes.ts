import {
  acceptInvitationInputSchema,
  changePasswordInputSchema,
  loginInputSchema,
  meSchema,
  switchOrganizationInputSchema,
  updateMeInputSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireActor, requireMember } from '../../http/actor.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session-plugin.js';
import type { ZodApp } from '../../http/zod-app.js';
import { changePassword, login, logout, resolveSession, switchOrganization } from './auth.service.js';
import { acceptInvitation } from './invitation.service.js';
import { describeMe, updateMe } from './me.service.js';

const meResponse = z.object({ data: meSchema });
const tags = ['Authentification'];

export function authRoutes(app: ZodApp, ctx: AppContext) {
  app.post('/api/auth/login', { schema: { tags, body: loginInputSchema, response: { 200: meResponse } } }, async (request, reply) => {
    const { token, expiresAt, actor } = await login(ctx, request.body, request.ip);
    setSessionCookie(reply, request, ctx.config, token, expiresAt);
    return { data: await describeMe(ctx, actor) };
  });

  app.post('/api/auth/logout', { schema: { tags } }, async (request, reply) => {
    if (request.actor) await logout(ctx, request.actor);
    clearSessionCookie(reply, request, ctx.config);
    return reply.status(204).send();
  });

  app.post('/api/auth/password', { schema: { tags, body: changePasswordInputSchema, response: { 200: meResponse } } }, async (request, reply) => {
    const actor = requireMember(request);
    const { token, expiresAt } = await changePassword(ctx, actor, request.body);
    setSessionCookie(reply, request, ctx.config, token, expiresAt);
    return { data: await describeMe(ctx, (await resolveSession(ctx, token))!) };
  });

  app.post(
    '/api/auth/invitation',
    { schema: { tags, body: acceptInvitationInputSchema, response: { 200: z.object({ data: z.object({ email: z.string() }) }) } } },
    async (request) => ({ data: await acceptInvitation(ctx, request.body) }),
  );

  app.get('/api/me', { schema: { tags, response: { 200: meResponse } } }, async (request) => ({
    data: await describeMe(ctx, requireActor(request)),
  }));

  app.patch('/api/me', { schema: { tags, body: updateMeInputSchema, response: { 200: meResponse } } }, async (request) => {
    const actor = requireActor(request);
    await updateMe(ctx, actor, request.body);
    return { data: await describeMe(ctx, (await resolveSession(ctx, request.cookies.pilotis_session!))!) };
  });

  app.post('/api/me/organization', { schema: { tags, body: switchOrganizationInputSchema, response: { 200: meResponse } } }, async (request) => {
    const actor = requireActor(request);
    await switchOrganization(ctx, actor, request.body.organizationId);
    return { data: await describeMe(ctx, (await resolveSession(ctx, request.cookies.pilotis_session!))!) };
  });
}
