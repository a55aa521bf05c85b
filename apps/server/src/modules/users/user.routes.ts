import { listSchema, resourceSchema, userCreatedSchema, userCreateInputSchema, userSchema, userUpdateInputSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { invitationUrl } from '../auth/invitation.service.js';
import { presentUser, userAbilities } from './user.presenter.js';
import { createPerson, getPerson, listPeople, reinvitePerson, updatePerson } from './user.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Personnes'];

export function userRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/users', { schema: { tags, response: { 200: listSchema(userSchema) } } }, async (request) => {
    const actor = requireMember(request);
    return { data: (await listPeople(ctx, actor)).map(presentUser) };
  });

  app.get('/api/users/:id', { schema: { tags, params: idParams, response: { 200: resourceSchema(userSchema) } } }, async (request) => {
    const actor = requireMember(request);
    const record = await getPerson(ctx, actor, request.params.id);
    return { data: presentUser(record), can: userAbilities(actor, record) };
  });

  app.post('/api/users', { schema: { tags, body: userCreateInputSchema, response: { 201: userCreatedSchema } } }, async (request, reply) => {
    const actor = requireMember(request);
    const { record, invitationToken } = await createPerson(ctx, actor, request.body);
    return reply.status(201).send({
      data: presentUser(record),
      can: userAbilities(actor, record),
      invitationUrl: invitationToken ? invitationUrl(ctx, invitationToken) : undefined,
    });
  });

  app.patch('/api/users/:id', { schema: { tags, params: idParams, body: userUpdateInputSchema, response: { 200: resourceSchema(userSchema) } } }, async (request) => {
    const actor = requireMember(request);
    const record = await updatePerson(ctx, actor, request.params.id, request.body);
    return { data: presentUser(record), can: userAbilities(actor, record) };
  });

  app.post(
    '/api/users/:id/invitation',
    { schema: { tags, params: idParams, response: { 200: z.object({ data: z.object({ invitationUrl: z.string() }) }) } } },
    async (request) => {
      const actor = requireMember(request);
      const token = await reinvitePerson(ctx, actor, request.params.id);
      return { data: { invitationUrl: invitationUrl(ctx, token) } };
    },
  );
}
