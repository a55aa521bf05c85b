import fastifyMultipart from '@fastify/multipart';
import { attachmentSchema, linkAttachmentInputSchema, resourceSchema } from '@pilotis/shared';
import type { AppContext } from '../../../context.js';
import { requireMember } from '../../../http/actor.js';
import { AppError } from '../../../http/errors.js';
import type { ZodApp } from '../../../http/zod-app.js';
import { sendPrivateFile } from '../../files/file-download.js';
import { openStoredFile } from '../../files/file-storage.js';
import { addLink, listActionAttachments, MAX_ATTACHMENT_BYTES, openAttachmentFile, removeAttachment, uploadAttachment } from './attachment.service.js';
import { idParams, partList } from './part-schemas.js';

const tags = ['Annexes'];

/** Registers the multipart parser: call it only inside the parts' own plugin scope. */
export async function attachmentRoutes(app: ZodApp, ctx: AppContext) {
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 },
    // The service checks `truncated` itself, to answer 413 in French and remove the partial file.
    throwFileSizeLimit: false,
  });

  app.get('/api/actions/:id/attachments', { schema: { tags, params: idParams, response: { 200: partList(attachmentSchema) } } }, async (request) =>
    listActionAttachments(ctx, requireMember(request), request.params.id),
  );

  app.post(
    '/api/actions/:id/attachments',
    { schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 201: resourceSchema(attachmentSchema) } } },
    async (request, reply) => {
      const actor = requireMember(request);
      if (!request.isMultipart()) throw new AppError(415, 'validation_failed', 'Envoyez le fichier en multipart/form-data, dans le champ « file »');
      const result = await uploadAttachment(ctx, actor, request.params.id, () => request.file());
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/actions/:id/links',
    { schema: { tags, params: idParams, body: linkAttachmentInputSchema, response: { 201: resourceSchema(attachmentSchema) } } },
    async (request, reply) => reply.status(201).send(await addLink(ctx, requireMember(request), request.params.id, request.body)),
  );

  app.get('/api/attachments/:id/download', { schema: { tags, params: idParams } }, async (request, reply) => {
    const { row, filePath, size } = await openAttachmentFile(ctx, requireMember(request), request.params.id);
    return sendPrivateFile(reply, { contentType: row.mimeType ?? 'application/octet-stream', size, fileName: row.name, body: openStoredFile(filePath) });
  });

  app.delete('/api/attachments/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await removeAttachment(ctx, requireMember(request), request.params.id);
    return reply.status(204).send();
  });
}
