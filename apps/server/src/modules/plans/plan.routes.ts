import {
  listSchema,
  planCreateInputSchema,
  planDuplicateInputSchema,
  planMemberInputSchema,
  planMemberSchema,
  planSchema,
  planUpdateInputSchema,
  resourceSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { addMemberToPlan, listMembersOfPlan, removeMemberFromPlan } from './plan-members.service.js';
import { duplicatePlan } from './plan-duplicate.service.js';
import { planAbilities, presentPlan } from './plan.presenter.js';
import { changePlan, createPlan, getPlan, listPlans, removePlan } from './plan.service.js';

const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), userId: z.uuid() });
const tags = ['Plans'];
const planResponse = resourceSchema(planSchema);

export function planRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/plans', { schema: { tags, response: { 200: listSchema(planSchema) } } }, async (request) => {
    const actor = requireMember(request);
    const plans = await listPlans(ctx, actor);
    return { data: plans.map(({ plan, resource }) => presentPlan(plan, resource.actorRole)) };
  });

  app.post('/api/plans', { schema: { tags, body: planCreateInputSchema, response: { 201: planResponse } } }, async (request, reply) => {
    const actor = requireMember(request);
    const { plan, resource } = await createPlan(ctx, actor, request.body);
    return reply.status(201).send({ data: presentPlan(plan, resource.actorRole), can: planAbilities(actor, resource) });
  });

  app.get('/api/plans/:id', { schema: { tags, params: idParams, response: { 200: planResponse } } }, async (request) => {
    const actor = requireMember(request);
    const { plan, resource } = await getPlan(ctx, actor, request.params.id);
    return { data: presentPlan(plan, resource.actorRole), can: planAbilities(actor, resource) };
  });

  app.patch('/api/plans/:id', { schema: { tags, params: idParams, body: planUpdateInputSchema, response: { 200: planResponse } } }, async (request) => {
    const actor = requireMember(request);
    const { plan, resource } = await changePlan(ctx, actor, request.params.id, request.body);
    return { data: presentPlan(plan, resource.actorRole), can: planAbilities(actor, resource) };
  });

  app.delete('/api/plans/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await removePlan(ctx, requireMember(request), request.params.id);
    return reply.status(204).send();
  });

  app.post(
    '/api/plans/:id/duplicate',
    { schema: { tags, params: idParams, body: planDuplicateInputSchema, response: { 201: planResponse } } },
    async (request, reply) => {
      const actor = requireMember(request);
      const { plan, resource } = await duplicatePlan(ctx, actor, request.params.id, request.body);
      return reply.status(201).send({ data: presentPlan(plan, resource.actorRole), can: planAbilities(actor, resource) });
    },
  );

  app.get('/api/plans/:id/members', { schema: { tags, params: idParams, response: { 200: listSchema(planMemberSchema) } } }, async (request) => {
    const actor = requireMember(request);
    return { data: await listMembersOfPlan(ctx, actor, request.params.id) };
  });

  app.post(
    '/api/plans/:id/members',
    { schema: { tags, params: idParams, body: planMemberInputSchema, response: { 200: z.object({ data: planMemberSchema }), 201: z.object({ data: planMemberSchema }) } } },
    async (request, reply) => {
      const actor = requireMember(request);
      const { created, ...member } = await addMemberToPlan(ctx, actor, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send({ data: member });
    },
  );

  app.delete('/api/plans/:id/members/:userId', { schema: { tags, params: memberParams } }, async (request, reply) => {
    await removeMemberFromPlan(ctx, requireMember(request), request.params.id, request.params.userId);
    return reply.status(204).send();
  });
}
