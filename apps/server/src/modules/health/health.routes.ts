import { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { Readiness } from '../../http/readiness.js';
import type { ZodApp } from '../../http/zod-app.js';

const healthSchema = z.object({ status: z.enum(['ok', 'starting', 'degraded']), db: z.enum(['ok', 'unreachable']) });

/** For load balancers and supervisors: 503 while the database cannot be reached or start-up is not over. */
export function healthRoutes(app: ZodApp, database: Pick<Database, 'ping'>, readiness: Readiness = { ready: true }) {
  app.get('/api/health', { schema: { tags: ['Exploitation'], response: { 200: healthSchema, 503: healthSchema } } }, async (_request, reply) => {
    const ok = await database.ping(2000);
    if (!ok) return reply.status(503).send({ status: 'degraded', db: 'unreachable' });
    return readiness.ready ? { status: 'ok' as const, db: 'ok' as const } : reply.status(503).send({ status: 'starting', db: 'ok' });
  });
}
