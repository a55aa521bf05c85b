import { jobSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getJob } from './job.service.js';

/** Progress bars poll this while an import or a report is produced in the background. */
export function jobRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    '/api/jobs/:id',
    { schema: { tags: ['Tâches de fond'], params: z.object({ id: z.uuid() }), response: { 200: z.object({ data: jobSchema }) } } },
    async (request) => ({ data: await getJob(ctx, requireMember(request), request.params.id) }),
  );
}
