import {
  listSchema,
  orgUnitCreateInputSchema,
  orgUnitSchema,
  orgUnitUpdateInputSchema,
  resourceSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { orgUnitAbilities, presentOrgUnit } from './org-unit.presenter.js';
import { createUnit, getUnit, listUnits, updateUnit } from './org-unit.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Organisation'];

export function orgUnitRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/org-units', { schema: { tags, response: { 200: listSchema(orgUnitSchema) } } }, async (request) => {
    const actor = requireMember(request);
    const rows = await listUnits(ctx, actor);
    return { data: rows.map(presentOrgUnit) };
  });

  app.get('/api/org-units/:id', { schema: { tags, params: idParams, response: { 200: resourceSchema(orgUnitSchema) } } }, async (request) => {
    const actor = requireMember(request);
    const row = await getUnit(ctx, actor, request.params.id);
    return { data: presentOrgUnit(row), can: orgUnitAbilities(actor, row) };
  });

  app.post(
    '/api/org-units',
    { schema: { tags, body: orgUnitCreateInputSchema, response: { 201: resourceSchema(orgUnitSchema) } } },
    async (request, reply) => {
      const actor = requireMember(request);
      const row = await createUnit(ctx, actor, request.body);
      return reply.status(201).send({ data: presentOrgUnit(row), can: orgUnitAbilities(actor, row) });
    },
  );

  app.patch(
    '/api/org-units/:id',
    { schema: { tags, params: idParams, body: orgUnitUpdateInputSchema, response: { 200: resourceSchema(orgUnitSchema) } } },
    async (request) => {
      const actor = requireMember(request);
      const row = await updateUnit(ctx, actor, request.params.id, request.body);
      return { data: presentOrgUnit(row), can: orgUnitAbilities(actor, row) };
    },
  );
}
