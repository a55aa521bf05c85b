import { outboxEmailAnswerSchema, outboxPageSchema, outboxQuerySchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { listOutbox, readOutboxEmail, retryOutboxEmail } from './outbox.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Boîte d’envoi'];

/** The collectivité's outgoing e-mails, for its administrators (« Boîte d'envoi »). */
export function outboxRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/admin/outbox', { schema: { tags, querystring: outboxQuerySchema, response: { 200: outboxPageSchema } } }, async (request) =>
    listOutbox(ctx, requireMember(request), request.query),
  );

  app.get('/api/admin/outbox/:id', { schema: { tags, params: idParams, response: { 200: outboxEmailAnswerSchema } } }, async (request) =>
    readOutboxEmail(ctx, requireMember(request), request.params.id),
  );

  app.post(
    '/api/admin/outbox/:id/retry',
    { schema: { tags, params: idParams, summary: 'Remet un message en file d’envoi', response: { 200: outboxEmailAnswerSchema } } },
    async (request) => retryOutboxEmail(ctx, requireMember(request), request.params.id),
  );
}
