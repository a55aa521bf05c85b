import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/**
 * The app listens as soon as the database is migrated, so the first page shows at once; work that
 * must finish before the API answers (creating the demo collectivité) flips `ready` when done.
 * Until then the API answers 503 `starting`, and /api/health says so to load balancers.
 */
export interface Readiness {
  ready: boolean;
}

export function registerReadiness(app: FastifyInstance, readiness: Readiness) {
  app.addHook('onRequest', async (request) => {
    if (readiness.ready || !request.url.startsWith('/api/') || request.url.startsWith('/api/health') || request.url.startsWith('/api/docs')) return;
    throw new AppError(503, 'starting', 'Pilotis finit de démarrer : réessayez dans un instant');
  });
}
