import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type Issue } from './errors.js';

const statusCodes: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'validation_failed',
  429: 'rate_limited',
};

/** Every failure leaves the API in one shape: { error: { code, message, issues? } }. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, issues: error.issues } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues: Issue[] = error.validation.flatMap((v) => {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        const message = v.message ?? 'Valeur invalide';
        const keys = unknownKeys(v.params);
        return keys.length > 0 ? keys.map((key) => ({ path: path ? `${path}.${key}` : key, message })) : [{ path, message }];
      });
      return reply.status(400).send({ error: { code: 'validation_failed', message: 'Données invalides', issues } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = statusCodes[status] ?? 'validation_failed';
      const message = status === 429 ? 'Trop de tentatives, réessayez plus tard' : frenchClientMessage(error);
      return reply.status(status).send({ error: { code, message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal_error', message: 'Erreur interne du serveur' } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `Route introuvable : ${request.method} ${request.url}` } });
  });
}

/** zod reports unrecognized keys in params, not in the path: give each its own issue so the client sees which field. */
function unknownKeys(params: unknown): string[] {
  const keys = (params as { keys?: unknown } | undefined)?.keys;
  return Array.isArray(keys) ? keys.map(String) : [];
}

function frenchClientMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'Le corps de la requête n’est pas un JSON valide';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Type de contenu non pris en charge';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'Requête trop volumineuse';
    default:
      return error.message;
  }
}
