import {
  arbitrationAnswerSchema,
  arbitrationQuerySchema,
  criteriaAnswerSchema,
  criteriaInputSchema,
  portfolioAnswerSchema,
  portfolioDecisionAnswerSchema,
  portfolioDecisionInputSchema,
  portfolioDecisionListSchema,
  portfolioListSchema,
  portfolioSettingsInputSchema,
  projectAnswerSchema,
  projectListQuerySchema,
  projectListSchema,
  projectRequestInputSchema,
  roadmapAnswerSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { plainJsonResponse } from '../../http/plain-json.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getArbitration } from './arbitration.service.js';
import { listPortfolioDecisions, recordDecision } from './portfolio-decision.service.js';
import { getCriteria, getPortfolio, listPortfolios, replacePortfolioCriteria, updatePortfolioSettings } from './portfolio.service.js';
import { listProjects } from './project-list.service.js';
import { submitProjectRequest } from './project-request.service.js';
import { getProject } from './project.service.js';
import { getRoadmap } from './roadmap.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Portefeuilles de projets'];

/** Portfolios (plans of kind `portfolio`): settings, criteria, requests, arbitration, decisions, roadmap. */
export function portfolioRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/portfolios', { schema: { tags, response: { 200: portfolioListSchema } } }, async (request) => ({
    data: await listPortfolios(ctx, requireMember(request)),
  }));

  app.get('/api/portfolios/:id', { schema: { tags, params: idParams, response: { 200: portfolioAnswerSchema } } }, async (request) => ({
    data: await getPortfolio(ctx, requireMember(request), request.params.id),
  }));

  app.put('/api/portfolios/:id/settings', { schema: { tags, params: idParams, body: portfolioSettingsInputSchema, response: { 200: portfolioAnswerSchema } } }, async (request) => ({
    data: await updatePortfolioSettings(ctx, requireMember(request), request.params.id, request.body),
  }));

  app.get('/api/portfolios/:id/criteria', { schema: { tags, params: idParams, response: { 200: criteriaAnswerSchema } } }, async (request) => ({
    data: await getCriteria(ctx, requireMember(request), request.params.id),
  }));

  app.put('/api/portfolios/:id/criteria', { schema: { tags, params: idParams, body: criteriaInputSchema, response: { 200: criteriaAnswerSchema } } }, async (request) => ({
    data: await replacePortfolioCriteria(ctx, requireMember(request), request.params.id, request.body),
  }));

  app.post(
    '/api/portfolios/:id/requests',
    { schema: { tags, params: idParams, body: projectRequestInputSchema, summary: 'Dépose une demande de projet (tout agent qui lit le portefeuille)', response: { 201: projectAnswerSchema } } },
    async (request, reply) => {
      const actor = requireMember(request);
      const id = await submitProjectRequest(ctx, actor, request.params.id, request.body);
      return reply.status(201).send(await getProject(ctx, actor, id));
    },
  );

  app.get('/api/portfolios/:id/projects', { ...plainJsonResponse, schema: { tags, params: idParams, querystring: projectListQuerySchema, response: { 200: projectListSchema } } }, async (request) => ({
    data: await listProjects(ctx, requireMember(request), request.params.id, request.query),
  }));

  app.get(
    '/api/portfolios/:id/arbitration',
    { ...plainJsonResponse, schema: { tags, params: idParams, querystring: arbitrationQuerySchema, summary: 'Vue d’arbitrage ; `selected` = sélection simulée (ids séparés par des virgules)', response: { 200: arbitrationAnswerSchema } } },
    async (request) => ({ data: await getArbitration(ctx, requireMember(request), request.params.id, request.query.selected) }),
  );

  app.get('/api/portfolios/:id/decisions', { schema: { tags, params: idParams, response: { 200: portfolioDecisionListSchema } } }, async (request) => ({
    data: await listPortfolioDecisions(ctx, requireMember(request), request.params.id),
  }));

  app.post('/api/portfolios/:id/decisions', { schema: { tags, params: idParams, body: portfolioDecisionInputSchema, response: { 201: portfolioDecisionAnswerSchema } } }, async (request, reply) =>
    reply.status(201).send({ data: await recordDecision(ctx, requireMember(request), request.params.id, request.body) }),
  );

  app.get('/api/portfolios/:id/roadmap', { ...plainJsonResponse, schema: { tags, params: idParams, response: { 200: roadmapAnswerSchema } } }, async (request) => ({
    data: await getRoadmap(ctx, requireMember(request), request.params.id),
  }));
}
