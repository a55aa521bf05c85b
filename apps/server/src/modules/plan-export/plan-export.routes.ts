import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { planActionsCsv } from './plan-export.csv.js';
import { buildPlanDocument } from './plan-export.document.js';
import { loadPlanExport, loadPlanTree } from './plan-export.service.js';
import { writePlanWorkbook } from './plan-export.xlsx.js';
import { planJsonImportRoutes } from './plan-json-import.routes.js';
import { todayOf } from '../../lib/clock.js';

const idParams = z.object({ id: z.uuid() });
/** The journal (tens of thousands of entries on a large plan) is a sheet of its own, on demand: it doubles the workbook's cost. */
const xlsxQuery = z.object({ journal: z.enum(['true', 'false']).default('false') });
const tags = ['Plans'];

/** "Plan de mandat 2026" → "plan-de-mandat-2026": a file name every system accepts. */
export function fileSlug(name: string) {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'plan';
}

function asDownload(reply: FastifyReply, type: string, fileName: string) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store');
}

/** GET /api/plans/:id/export.xlsx|.csv|.json: what the actor may read of the plan, as a file; and POST /api/plans/import-json. */
export function planExportRoutes(app: ZodApp, ctx: AppContext) {
  planJsonImportRoutes(app, ctx);
  app.get(
    '/api/plans/:id/export.json',
    { schema: { tags, params: idParams, summary: 'Exporte le plan complet (JSON « pilotis.plan », réimportable)', produces: ['application/json'] } },
    async (request, reply) => {
      const { plan, rows } = await loadPlanExport(ctx, requireMember(request), request.params.id, { withLog: true });
      const name = `${fileSlug(plan.name)}-${todayOf(ctx.clock)}.json`;
      return asDownload(reply, 'application/json; charset=utf-8', name).send(JSON.stringify(buildPlanDocument(rows)));
    },
  );

  app.get(
    '/api/plans/:id/export.csv',
    { schema: { tags, params: idParams, summary: 'Exporte les fiches du plan en CSV pour Excel (« ; », UTF-8 avec BOM)', produces: ['text/csv'] } },
    async (request, reply) => {
      const { plan, rows } = await loadPlanExport(ctx, requireMember(request), request.params.id, { withLog: false });
      const name = `${fileSlug(plan.name)}-${todayOf(ctx.clock)}.csv`;
      return asDownload(reply, 'text/csv; charset=utf-8', name).send(planActionsCsv(buildPlanDocument(rows), todayOf(ctx.clock)));
    },
  );

  app.get(
    '/api/plans/:id/export.xlsx',
    {
      schema: {
        tags,
        params: idParams,
        querystring: xlsxQuery,
        summary: 'Exporte le plan en classeur Excel (arborescence, fiches, budgets, jalons, tâches, indicateurs, mesures ; journal avec journal=true)',
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const actor = requireMember(request);
      const withLog = request.query.journal === 'true';
      // Read (and refused with 404) before the first byte: the workbook is then streamed.
      const [{ plan, rows }, tree] = await Promise.all([
        loadPlanExport(ctx, actor, request.params.id, { withLog }),
        loadPlanTree(ctx, actor, request.params.id),
      ]);
      const out = new PassThrough();
      const today = todayOf(ctx.clock);
      writePlanWorkbook(out, { document: buildPlanDocument(rows), tree, unitPaths: rows.unitPaths, today, withLog }).catch((error: unknown) => {
        request.log.error(error, 'plan export: workbook failed');
        out.destroy(error as Error);
      });
      const name = `${fileSlug(plan.name)}-${today}.xlsx`;
      return asDownload(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name).send(out);
    },
  );
}
