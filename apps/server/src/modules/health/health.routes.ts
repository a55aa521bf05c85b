import { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { ZodApp } from '../../http/zod-app.js';

const healthSchema = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['ok', 'unreachable']) });

/** For load balancers and supervisors: 503 while the database cannot be reached. */
export function healthRoutes(app: ZodApp, database: Pick<Database, 'ping'>) {
  app.get('/api/health', { schema: { tags: ['Exploitation'], response: { 200: healthSchema, 503: healthSchema } } }, async (_request, reply) => {
    const ok = await database.ping(2000);
    return ok ? { status: 'ok' as const, db: 'ok' as const } : reply.status(503).send({ status: 'degraded', db: 'unreachable' });
  });
}
