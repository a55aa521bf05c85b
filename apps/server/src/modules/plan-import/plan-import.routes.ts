import fastifyMultipart from '@fastify/multipart';
import { jobQueuedSchema, planImportFieldsSchema, planImportPreviewSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { AppError, invalid } from '../../http/errors.js';
import type { ZodApp } from '../../http/zod-app.js';
import { MAX_PLAN_IMPORT_BYTES } from './plan-import.guard.js';
import { previewPlanImport, startPlanImport } from './plan-import.service.js';
import { planTemplate } from './plan-import.template.service.js';

const tags = ['Plans'];
const tooLarge = () => new AppError(413, 'payload_too_large', `Le fichier dépasse la taille maximale de ${MAX_PLAN_IMPORT_BYTES / 1024 / 1024} Mo`);
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function planImportRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    '/api/import-templates/plan.xlsx',
    {
      schema: {
        tags,
        summary: 'Modèle XLSX d’import d’un plan',
        description: 'Feuilles Instructions, Actions (une colonne par niveau : ceux du plan `planId`, sinon Axe / Objectif / Sous-objectif) et Budgets ; listes des statuts de la collectivité, météo, priorité, projet phare.',
        querystring: z.object({ planId: z.uuid().optional() }),
      },
    },
    async (request, reply) => {
      const bytes = await planTemplate(ctx, requireMember(request), request.query.planId);
      return reply.header('content-type', XLSX_MIME).header('content-disposition', 'attachment; filename="modele-import-plan.xlsx"').send(bytes);
    },
  );
  // Its own plugin scope for its multipart parser, as the measure import.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_PLAN_IMPORT_BYTES, files: 1, fields: 4, fieldSize: 1024 * 1024 }, throwFileSizeLimit: false });
    importRoute(scope, ctx);
  });
}

function importRoute(app: ZodApp, ctx: AppContext) {
  app.post(
    '/api/plans/import',
    {
      schema: {
        tags,
        summary: 'Importe un plan depuis un classeur XLSX ou un CSV',
        description:
          'multipart/form-data : `file` et `plan` (JSON : name, kind, startsOn, endsOn, mapping {people, statuses}). dryRun=true : aperçu, rien n’est écrit. ' +
          'dryRun=false : 202 et une tâche de fond (GET /api/jobs/:id) qui écrit tout le plan ou rien.',
        consumes: ['multipart/form-data'],
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        response: { 200: z.object({ data: planImportPreviewSchema }), 202: jobQueuedSchema },
      },
    },
    async (request, reply) => {
      const actor = requireMember(request);
      if (!request.isMultipart()) throw new AppError(415, 'validation_failed', 'Envoyez le fichier en multipart/form-data, dans le champ « file »');
      const { bytes, planJson } = await readParts(request.parts());
      if (!bytes) throw invalid([{ path: 'file', message: 'Joignez un fichier dans le champ « file »' }]);
      if (bytes.length === 0) throw invalid([{ path: 'file', message: 'Le fichier est vide' }]);
      const fields = parseFields(planJson);
      if (request.query.dryRun === 'true') return { data: await previewPlanImport(ctx, actor, bytes, fields) };
      return reply.status(202).send({ data: await startPlanImport(ctx, actor, bytes, fields) });
    },
  );
}

type Parts = AsyncIterableIterator<{ type: 'file'; fieldname: string; file: AsyncIterable<Buffer> & { truncated: boolean } } | { type: 'field'; fieldname: string; value: unknown }>;

async function readParts(parts: Parts) {
  let bytes: Buffer | null = null;
  let planJson: string | null = null;
  for await (const part of parts) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk);
      if (part.file.truncated) throw tooLarge();
      if (part.fieldname === 'file') bytes = Buffer.concat(chunks);
    } else if (part.fieldname === 'plan') {
      planJson = String(part.value);
    }
  }
  return { bytes, planJson };
}

function parseFields(json: string | null) {
  let raw: unknown = {};
  if (json) {
    try {
      raw = JSON.parse(json);
    } catch {
      throw invalid([{ path: 'plan', message: 'Le champ « plan » doit être du JSON' }]);
    }
  }
  const parsed = planImportFieldsSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues.map((issue) => ({ path: ['plan', ...issue.path].join('.'), message: issue.message })));
  return parsed.data;
}
