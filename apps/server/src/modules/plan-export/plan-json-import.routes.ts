import fastifyMultipart from '@fastify/multipart';
import { planImportResultSchema } from '@pilotis/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { AppError, invalid } from '../../http/errors.js';
import type { ZodApp } from '../../http/zod-app.js';
import { importPlanDocument, MAX_IMPORT_JSON_BYTES } from './plan-json-import.service.js';

const querySchema = z.object({ dryRun: z.enum(['true', 'false']).default('true') });
const tooLarge = () => new AppError(413, 'payload_too_large', `Le document dépasse la taille maximale de ${MAX_IMPORT_JSON_BYTES / 1024 / 1024} Mo`);

/** POST /api/plans/import-json, in its own plugin scope (multipart parser, 50 Mo body limit). */
export function planJsonImportRoutes(app: ZodApp, ctx: AppContext) {
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_JSON_BYTES, files: 1, fields: 5 }, throwFileSizeLimit: false });
    importRoute(scope, ctx);
  });
}

function importRoute(app: ZodApp, ctx: AppContext) {
  app.post(
    '/api/plans/import-json',
    {
      bodyLimit: MAX_IMPORT_JSON_BYTES,
      schema: {
        tags: ['Plans'],
        summary: 'Importe un export JSON de plan Pilotis (« pilotis.plan ») comme nouveau plan',
        description:
          'Le corps est le document JSON lui-même (application/json), ou un fichier dans le champ « file » (multipart/form-data). ' +
          'dryRun=true (par défaut) : aperçu (comptes, problèmes, personnes, unités et statuts non trouvés), rien n’est écrit. ' +
          'dryRun=false : le plan est créé en une transaction, ou rien s’il reste des problèmes.',
        consumes: ['application/json', 'multipart/form-data'],
        querystring: querySchema,
        response: { 200: z.object({ data: planImportResultSchema }) },
      },
    },
    async (request) => {
      const actor = requireMember(request);
      const raw = request.isMultipart() ? await readJsonFile(request) : request.body;
      return { data: await importPlanDocument(ctx, actor, raw, { dryRun: request.query.dryRun === 'true' }) };
    },
  );
}

async function readJsonFile(request: FastifyRequest) {
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', message: 'Joignez un fichier dans le champ « file »' }]);
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk);
  if (part.file.truncated) throw tooLarge();
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError(415, 'validation_failed', 'Le fichier n’est pas un document JSON lisible');
  }
}
