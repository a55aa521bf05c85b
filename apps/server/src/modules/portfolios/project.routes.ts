import { projectAnswerSchema, projectScoresAnswerSchema, projectScoresInputSchema, projectTransitionInputSchema, projectUpdateInputSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { putMyScores } from './project-score.service.js';
import { changeProject, getProject, transitionProject } from './project.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Portefeuilles de projets'];

/** One project of a portfolio: detail, changes, lifecycle, scores. */
export function projectRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/projects/:id', { schema: { tags, params: idParams, response: { 200: projectAnswerSchema } } }, async (request) =>
    getProject(ctx, requireMember(request), request.params.id),
  );

  app.patch('/api/projects/:id', { schema: { tags, params: idParams, body: projectUpdateInputSchema, response: { 200: projectAnswerSchema } } }, async (request) =>
    changeProject(ctx, requireMember(request), request.params.id, request.body),
  );

  app.post(
    '/api/projects/:id/transition',
    { schema: { tags, params: idParams, body: projectTransitionInputSchema, summary: 'Fait passer le projet à l’étape suivante (409 transition_not_allowed sinon)', response: { 200: projectAnswerSchema } } },
    async (request) => transitionProject(ctx, requireMember(request), request.params.id, request.body),
  );

  app.put('/api/projects/:id/scores', { schema: { tags, params: idParams, body: projectScoresInputSchema, response: { 200: projectScoresAnswerSchema } } }, async (request) => ({
    data: await putMyScores(ctx, requireMember(request), request.params.id, request.body),
  }));
}
