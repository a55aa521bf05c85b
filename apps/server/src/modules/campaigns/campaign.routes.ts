import { campaignAnswerSchema, campaignCreateSchema, campaignListSchema, campaignRemindAnswerSchema, campaignRemindSchema, campaignTaskListSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { closeCampaign, createCampaign, getCampaign, listCampaigns, listMyTasks, remindCampaign } from './campaign.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Campagnes de mise à jour'];

/** Update campaigns: run by the plan's managers and the admins; each recipient sees their own tasks. */
export function campaignRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/campaigns', { schema: { tags, response: { 200: campaignListSchema } } }, async (request) => ({
    data: await listCampaigns(ctx, requireMember(request)),
  }));

  app.post('/api/campaigns', { schema: { tags, body: campaignCreateSchema, response: { 201: campaignAnswerSchema } } }, async (request, reply) =>
    reply.status(201).send({ data: await createCampaign(ctx, requireMember(request), request.body) }),
  );

  app.get('/api/campaigns/:id', { schema: { tags, params: idParams, response: { 200: campaignAnswerSchema } } }, async (request) => ({
    data: await getCampaign(ctx, requireMember(request), request.params.id),
  }));

  app.post(
    '/api/campaigns/:id/remind',
    { schema: { tags, params: idParams, body: campaignRemindSchema.optional(), summary: 'Relance ceux qui n’ont pas fini (ou les personnes données parmi eux)', response: { 200: campaignRemindAnswerSchema } } },
    async (request) => ({ data: await remindCampaign(ctx, requireMember(request), request.params.id, request.body?.userIds) }),
  );

  app.post('/api/campaigns/:id/close', { schema: { tags, params: idParams, response: { 200: campaignAnswerSchema } } }, async (request) => ({
    data: await closeCampaign(ctx, requireMember(request), request.params.id),
  }));

  app.get('/api/me/campaign-tasks', { schema: { tags, summary: 'Les mises à jour demandées à la personne connectée', response: { 200: campaignTaskListSchema } } }, async (request) => ({
    data: await listMyTasks(ctx, requireMember(request)),
  }));
}
