import fastifyMultipart from '@fastify/multipart';
import { measureImportResultSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { readUploadedFile } from '../../http/uploaded-file.js';
import type { ZodApp } from '../../http/zod-app.js';
import { importMeasureFile, MAX_IMPORT_BYTES } from './measure-import.service.js';

const tags = ['Indicateurs'];
const querySchema = z.object({ dryRun: z.enum(['true', 'false']).default('true') });

/** POST /api/indicators/import, in its own plugin scope for its multipart parser. */
export function measureImportRoutes(app: ZodApp, ctx: AppContext) {
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 }, throwFileSizeLimit: false });
    importRoute(scope, ctx);
  });
}

function importRoute(app: ZodApp, ctx: AppContext) {
  app.post(
    '/api/indicators/import',
    {
      schema: {
        tags,
        summary: 'Importe des mesures depuis un CSV ou un XLSX',
        description:
          'dryRun=true (par défaut) : aperçu, rien n’est écrit. dryRun=false : tout ou rien ; s’il reste des problèmes, rien n’est écrit et la réponse les liste.',
        consumes: ['multipart/form-data'],
        querystring: querySchema,
        response: { 200: z.object({ data: measureImportResultSchema }) },
      },
    },
    async (request) => {
      const actor = requireMember(request);
      const bytes = await readUploadedFile(request, MAX_IMPORT_BYTES);
      return { data: await importMeasureFile(ctx, actor, bytes, { dryRun: request.query.dryRun === 'true' }) };
    },
  );
}
