import { apiTokenCreatedSchema, apiTokenCreateInputSchema, apiTokenSchema, listSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { createApiToken, listOrganizationApiTokens, revokeOrganizationApiToken } from './api-token.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Jetons d’API'];

/** Administration of the tokens business applications push measures with (admins only). */
export function apiTokenRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/api-tokens', { schema: { tags, response: { 200: listSchema(apiTokenSchema) } } }, async (request) => ({
    data: await listOrganizationApiTokens(ctx, requireMember(request)),
  }));

  app.post(
    '/api/api-tokens',
    { schema: { tags, body: apiTokenCreateInputSchema, response: { 201: z.object({ data: apiTokenCreatedSchema }) } } },
    async (request, reply) => reply.status(201).send({ data: await createApiToken(ctx, requireMember(request), request.body) }),
  );

  /** Revokes: the token stops working at once; it stays listed, as « révoqué ». */
  app.delete('/api/api-tokens/:id', { schema: { tags, params: idParams, response: { 200: z.object({ data: apiTokenSchema }) } } }, async (request) => ({
    data: await revokeOrganizationApiToken(ctx, requireMember(request), request.params.id),
  }));
}
