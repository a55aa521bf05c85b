import {
  reviewAgendaProposalSchema,
  reviewAnswerSchema,
  reviewCreateSchema,
  reviewDecisionCreateSchema,
  reviewDecisionUpdateSchema,
  reviewInvitationsAnswerSchema,
  reviewItemCreateSchema,
  reviewItemUpdateSchema,
  reviewListQuerySchema,
  reviewListSchema,
  reviewSeriesAnswerSchema,
  reviewSeriesCreateSchema,
  reviewSeriesListQuerySchema,
  reviewSeriesListSchema,
  reviewSeriesUpdateSchema,
  reviewUpdateSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { applyDecision } from './review-apply.service.js';
import { sendInvitations } from './review-invitations.service.js';
import { addDecision, addItem, changeDecision, changeItem, removeDecision, removeItem } from './review-items.service.js';
import { changeSeries, createSeries, listSeries } from './review-series.service.js';
import { agendaProposal, changeReview, createReview, getReview, listReviews } from './review.service.js';

const idParams = z.object({ id: z.uuid() });
const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const decisionParams = z.object({ id: z.uuid(), decisionId: z.uuid() });
const tags = ['Revues'];

/** Review meetings: series, reviews, agenda, decisions (read with the plan, managed by its managers). */
export function reviewRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/review-series', { schema: { tags, querystring: reviewSeriesListQuerySchema, response: { 200: reviewSeriesListSchema } } }, async (request) => ({
    data: await listSeries(ctx, requireMember(request), request.query.planId),
  }));
  app.post('/api/review-series', { schema: { tags, body: reviewSeriesCreateSchema, response: { 201: reviewSeriesAnswerSchema } } }, async (request, reply) =>
    reply.status(201).send({ data: await createSeries(ctx, requireMember(request), request.body) }),
  );
  app.patch('/api/review-series/:id', { schema: { tags, params: idParams, body: reviewSeriesUpdateSchema, response: { 200: reviewSeriesAnswerSchema } } }, async (request) => ({
    data: await changeSeries(ctx, requireMember(request), request.params.id, request.body),
  }));

  app.get('/api/reviews', { schema: { tags, querystring: reviewListQuerySchema, response: { 200: reviewListSchema } } }, async (request) => ({
    data: await listReviews(ctx, requireMember(request), request.query),
  }));
  app.post('/api/reviews', { schema: { tags, body: reviewCreateSchema, response: { 201: reviewAnswerSchema } } }, async (request, reply) =>
    reply.status(201).send(await createReview(ctx, requireMember(request), request.body)),
  );
  app.get('/api/reviews/:id', { schema: { tags, params: idParams, response: { 200: reviewAnswerSchema } } }, async (request) => getReview(ctx, requireMember(request), request.params.id));
  app.patch('/api/reviews/:id', { schema: { tags, params: idParams, body: reviewUpdateSchema, response: { 200: reviewAnswerSchema } } }, async (request) =>
    changeReview(ctx, requireMember(request), request.params.id, request.body),
  );
  app.get('/api/reviews/:id/agenda-proposal', { schema: { tags, params: idParams, response: { 200: reviewAgendaProposalSchema } } }, async (request) => ({
    data: await agendaProposal(ctx, requireMember(request), request.params.id),
  }));
  app.post('/api/reviews/:id/invitations', { schema: { tags, params: idParams, response: { 200: reviewInvitationsAnswerSchema } } }, async (request) => ({
    data: await sendInvitations(ctx, requireMember(request), request.params.id),
  }));

  app.post('/api/reviews/:id/items', { schema: { tags, params: idParams, body: reviewItemCreateSchema, response: { 201: reviewAnswerSchema } } }, async (request, reply) =>
    reply.status(201).send(await addItem(ctx, requireMember(request), request.params.id, request.body)),
  );
  app.patch('/api/reviews/:id/items/:itemId', { schema: { tags, params: itemParams, body: reviewItemUpdateSchema, response: { 200: reviewAnswerSchema } } }, async (request) =>
    changeItem(ctx, requireMember(request), request.params.id, request.params.itemId, request.body),
  );
  app.delete('/api/reviews/:id/items/:itemId', { schema: { tags, params: itemParams, response: { 200: reviewAnswerSchema } } }, async (request) =>
    removeItem(ctx, requireMember(request), request.params.id, request.params.itemId),
  );

  app.post('/api/reviews/:id/items/:itemId/decisions', { schema: { tags, params: itemParams, body: reviewDecisionCreateSchema, response: { 201: reviewAnswerSchema } } }, async (request, reply) =>
    reply.status(201).send(await addDecision(ctx, requireMember(request), request.params.id, request.params.itemId, request.body)),
  );
  app.patch('/api/reviews/:id/decisions/:decisionId', { schema: { tags, params: decisionParams, body: reviewDecisionUpdateSchema, response: { 200: reviewAnswerSchema } } }, async (request) =>
    changeDecision(ctx, requireMember(request), request.params.id, request.params.decisionId, request.body),
  );
  app.delete('/api/reviews/:id/decisions/:decisionId', { schema: { tags, params: decisionParams, response: { 200: reviewAnswerSchema } } }, async (request) =>
    removeDecision(ctx, requireMember(request), request.params.id, request.params.decisionId),
  );
  app.post('/api/reviews/:id/decisions/:decisionId/apply', { schema: { tags, params: decisionParams, response: { 200: reviewAnswerSchema } } }, async (request) =>
    applyDecision(ctx, requireMember(request), request.params.id, request.params.decisionId),
  );
}
