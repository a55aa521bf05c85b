import { createReportSchema, jobQueuedSchema, reportListQuerySchema, reportListSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { sendPrivateFile } from '../files/file-download.js';
import { openStoredFile } from '../files/file-storage.js';
import { listReportsFor, openReportFile, requestReport } from './report.service.js';

const tags = ['Rapports'];

export function reportRoutes(app: ZodApp, ctx: AppContext) {
  app.post('/api/reports', { schema: { tags, body: createReportSchema, response: { 202: jobQueuedSchema } } }, async (request, reply) =>
    reply.status(202).send({ data: await requestReport(ctx, requireMember(request), request.body) }),
  );

  app.get('/api/reports', { schema: { tags, querystring: reportListQuerySchema, response: { 200: reportListSchema } } }, async (request) =>
    listReportsFor(ctx, requireMember(request), request.query.page, request.query.pageSize),
  );

  app.get('/api/reports/:id/file', { schema: { tags, params: z.object({ id: z.uuid() }) } }, async (request, reply) => {
    const file = await openReportFile(ctx, requireMember(request), request.params.id);
    return sendPrivateFile(reply, { contentType: file.contentType, size: file.size, fileName: file.fileName, body: openStoredFile(file.filePath) });
  });
}
