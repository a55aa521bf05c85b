import { jobQueuedSchema, reviewDiffSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import { sendPrivateFile } from '../files/file-download.js';
import { openStoredFile } from '../files/file-storage.js';
import { getReviewDiff } from './review-diff.service.js';
import { openMinutes, requestMinutesSending } from './review-minutes.service.js';

const tags = ['Revues'];
const params = z.object({ id: z.uuid() });

/** The « what changed since the last review » and the « relevé de conclusions » of a review. */
export function reviewMinutesRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/reviews/:id/diff', { schema: { tags, params, response: { 200: z.object({ data: reviewDiffSchema }) } } }, async (request) => ({
    data: await getReviewDiff(ctx, requireMember(request), request.params.id),
  }));

  for (const format of ['pdf', 'docx'] as const) {
    app.get(`/api/reviews/:id/minutes.${format}`, { schema: { tags, params } }, async (request, reply) => {
      const file = await openMinutes(ctx, requireMember(request), request.params.id, format);
      return sendPrivateFile(reply, { contentType: file.contentType, size: file.size, fileName: file.fileName, body: file.filePath ? openStoredFile(file.filePath) : file.bytes });
    });
  }

  app.post('/api/reviews/:id/minutes/send', { schema: { tags, params, response: { 202: jobQueuedSchema } } }, async (request, reply) =>
    reply.status(202).send({ data: await requestMinutesSending(ctx, requireMember(request), request.params.id) }),
  );
}
