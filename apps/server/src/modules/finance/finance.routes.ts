import fastifyMultipart from '@fastify/multipart';
import { financeAssignInputSchema, financeImportResultSchema, financeLineSchema, financeLinesQuerySchema, portfolioBudgetSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { readUploadedFile } from '../../http/uploaded-file.js';
import type { ZodApp } from '../../http/zod-app.js';
import { portfolioBudget } from './finance-budget.service.js';
import { importFinanceFile, MAX_FINANCE_IMPORT_BYTES } from './finance-import.service.js';
import { assignLine, listPortfolioFinanceLines } from './finance.service.js';

const tags = ['Finances'];
const idParams = z.object({ id: z.uuid() });

export function financeRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    '/api/finance/lines',
    {
      schema: {
        tags,
        summary: 'Lignes financières importées dans un portefeuille (les non rapprochées si unmatched=true)',
        querystring: financeLinesQuerySchema,
        response: {
          200: z.object({ data: z.array(financeLineSchema), counts: z.object({ total: z.number(), unmatched: z.number() }), can: z.object({ import: z.boolean(), assign: z.boolean() }) }),
        },
      },
    },
    async (request) => {
      const { portfolioId, unmatched, limit } = request.query;
      return listPortfolioFinanceLines(ctx, requireMember(request), { portfolioId, unmatched: unmatched === 'true', limit });
    },
  );

  app.patch(
    '/api/finance/lines/:id',
    { schema: { tags, summary: 'Rattache à la main une ligne financière à un projet du portefeuille', params: idParams, body: financeAssignInputSchema, response: { 200: z.object({ data: financeLineSchema }) } } },
    async (request) => ({ data: await assignLine(ctx, requireMember(request), request.params.id, request.body) }),
  );

  app.get(
    '/api/portfolios/:id/budget',
    {
      schema: {
        tags,
        summary: 'Budget du portefeuille : prévu, engagé, mandaté par projet et au total',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: z.object({ data: portfolioBudgetSchema }) },
      },
    },
    async (request) => ({ data: await portfolioBudget(ctx, requireMember(request), request.params.id, request.query.year ?? null) }),
  );

  // Its own plugin scope for its multipart parser, as the measure import.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_FINANCE_IMPORT_BYTES, files: 1, fields: 5 }, throwFileSizeLimit: false });
    importRoute(scope, ctx);
  });
}

function importRoute(app: ZodApp, ctx: AppContext) {
  app.post(
    '/api/finance/import',
    {
      schema: {
        tags,
        summary: 'Importe l’export du logiciel financier (engagements et mandats) dans un portefeuille',
        description:
          'multipart/form-data, champ `file` (CSV ou XLSX). dryRun=true (par défaut) : aperçu, rien n’est écrit. dryRun=false : tout ou rien. ' +
          'Un problème dans le fichier → 422 avec chaque ligne et colonne en cause. Réimporter le même fichier ne change rien.',
        consumes: ['multipart/form-data'],
        querystring: z.object({ portfolioId: z.uuid(), dryRun: z.enum(['true', 'false']).default('true') }),
        response: { 200: z.object({ data: financeImportResultSchema }) },
      },
    },
    async (request) => {
      const actor = requireMember(request);
      const bytes = await readUploadedFile(request, MAX_FINANCE_IMPORT_BYTES);
      const { portfolioId, dryRun } = request.query;
      return { data: await importFinanceFile(ctx, actor, portfolioId, bytes, { dryRun: dryRun === 'true' }) };
    },
  );
}
