import { entryGridSchema, measureRevisionSchema, measureSchema, measuresInputSchema, periodicities } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { plainJsonResponse } from '../../http/plain-json.js';
import type { ZodApp } from '../../http/zod-app.js';
import { readEntryGrid } from './entry-grid.service.js';
import { enterMeasures } from './measure-entry.service.js';
import { readIndicatorMeasures } from './measure-read.service.js';
import { validateMeasure } from './measure-validate.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Indicateurs'];
const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), deleted: z.number().int() });
const entryGridQuerySchema = z.strictObject({
  orgUnitId: z.uuid().optional(),
  periodicity: z.enum(periodicities).optional(),
  periods: z.coerce.number().int().min(1).max(24).default(3),
});

export function measureRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    '/api/indicators/entry-grid',
    { ...plainJsonResponse, schema: { tags, querystring: entryGridQuerySchema, response: { 200: z.object({ data: entryGridSchema }) } } },
    async (request) => ({ data: await readEntryGrid(ctx, requireMember(request), request.query) }),
  );

  app.get(
    '/api/indicators/:id/measures',
    { ...plainJsonResponse, schema: { tags, params: idParams, response: { 200: z.object({ data: z.object({ measures: z.array(measureSchema), revisions: z.array(measureRevisionSchema) }) }) } } },
    async (request) => ({ data: await readIndicatorMeasures(ctx, requireMember(request), request.params.id) }),
  );

  app.put(
    '/api/indicators/:id/measures',
    { schema: { tags, params: idParams, body: measuresInputSchema, response: { 200: z.object({ data: z.array(measureSchema), counts }) } } },
    async (request) => enterMeasures(ctx, requireMember(request), request.params.id, request.body),
  );

  app.post(
    '/api/indicators/:id/measures/:period/validate',
    { schema: { tags, params: z.object({ id: z.uuid(), period: z.string().min(1).max(20) }), response: { 200: z.object({ data: measureSchema }) } } },
    async (request) => ({ data: await validateMeasure(ctx, requireMember(request), request.params.id, request.params.period) }),
  );
}
