import { errorBodySchema, measurePushInputSchema, measurePushResultSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { registerBearerAuth } from '../api-tokens/api-token.auth.js';
import { pushMeasures } from './measure-push.service.js';

const tags = ['API v1 (jetons)'];
const querySchema = z.object({ partial: z.enum(['true', 'false']).default('false') });
const rejectedSchema = errorBodySchema.extend(measurePushResultSchema.shape);
/** 10,000 items with comments fit well under this; the default 2 Mo would not. */
const PUSH_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * The API business applications call with a token (Authorization: Bearer pil_…). In its own
 * plugin scope so the bearer check covers these routes only.
 */
export function measurePushRoutes(app: ZodApp, ctx: AppContext) {
  app.register(async (scope) => {
    registerBearerAuth(scope, ctx);
    pushRoute(scope, ctx);
  });
}

function pushRoute(app: ZodApp, ctx: AppContext) {
  app.post(
    '/api/v1/measures',
    {
      bodyLimit: PUSH_BODY_LIMIT,
      schema: {
        tags,
        security: [{ bearer: [] }],
        querystring: querySchema,
        body: measurePushInputSchema,
        response: { 200: measurePushResultSchema, 422: rejectedSchema },
      },
    },
    async (request, reply) => {
      const { rejected, result } = await pushMeasures(ctx, request.apiToken!, request.body, { partial: request.query.partial === 'true' });
      if (rejected) return reply.status(422).send({ error: { code: 'validation_failed', ...rejected }, ...result });
      return result;
    },
  );
}
