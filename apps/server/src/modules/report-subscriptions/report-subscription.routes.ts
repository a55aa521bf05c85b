import {
  reportSubscriptionAnswerSchema,
  reportSubscriptionCreateSchema,
  reportSubscriptionListQuerySchema,
  reportSubscriptionListSchema,
  reportSubscriptionSendNowSchema,
  reportSubscriptionUpdateSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { changeSubscription, createSubscription, listPlanSubscriptions, removeSubscription, sendSubscriptionNow } from './report-subscription.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Abonnements aux rapports'];

/** Reports e-mailed on a schedule, set up by the plan's managers and the admins. */
export function reportSubscriptionRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/report-subscriptions', { schema: { tags, querystring: reportSubscriptionListQuerySchema, response: { 200: reportSubscriptionListSchema } } }, async (request) => ({
    data: await listPlanSubscriptions(ctx, requireMember(request), request.query),
  }));

  app.post('/api/report-subscriptions', { schema: { tags, body: reportSubscriptionCreateSchema, response: { 201: reportSubscriptionAnswerSchema } } }, async (request, reply) =>
    reply.status(201).send({ data: await createSubscription(ctx, requireMember(request), request.body) }),
  );

  app.patch(
    '/api/report-subscriptions/:id',
    { schema: { tags, params: idParams, body: reportSubscriptionUpdateSchema, response: { 200: reportSubscriptionAnswerSchema } } },
    async (request) => ({ data: await changeSubscription(ctx, requireMember(request), request.params.id, request.body) }),
  );

  app.delete('/api/report-subscriptions/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await removeSubscription(ctx, requireMember(request), request.params.id);
    return reply.status(204).send();
  });

  app.post(
    '/api/report-subscriptions/:id/send-now',
    { schema: { tags, params: idParams, summary: 'Génère et envoie le rapport maintenant (tâche suivie par GET /api/jobs/:id)', response: { 202: reportSubscriptionSendNowSchema } } },
    async (request, reply) => reply.status(202).send({ data: await sendSubscriptionNow(ctx, requireMember(request), request.params.id) }),
  );
}
