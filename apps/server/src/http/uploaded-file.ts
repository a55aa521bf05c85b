import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from './errors.js';

/**
 * The one file of a multipart upload, field `file`, read whole. The route's scope registers
 * @fastify/multipart with `limits.fileSize` = `maxBytes` and `throwFileSizeLimit: false`, so a file
 * over the limit arrives cut short and is refused here (413). Not multipart: 415; no `file` field
 * or an empty file: 422.
 */
export async function readUploadedFile(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!request.isMultipart()) throw new AppError(415, 'validation_failed', 'Envoyez le fichier en multipart/form-data, dans le champ « file »');
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', message: 'Joignez un fichier dans le champ « file »' }]);
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk);
  if (part.file.truncated) throw new AppError(413, 'payload_too_large', `Le fichier dépasse la taille maximale de ${maxBytes / 1024 / 1024} Mo`);
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw invalid([{ path: 'file', message: 'Le fichier est vide' }]);
  return bytes;
}
