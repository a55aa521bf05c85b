import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/**
 * `attachment` with the UTF-8 name (RFC 6266 / 5987) and an ASCII fallback for old clients:
 * the browser always saves the file, never renders it in the application's origin.
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a stored file for download to the one who may read it: always saved, never rendered in
 * the application's origin (`attachment`, `nosniff`), never kept by a shared cache.
 */
export function sendPrivateFile(reply: FastifyReply, file: { contentType: string; size: number; fileName: string; body: Readable | Buffer | Uint8Array | null }) {
  return reply
    .header('Content-Type', file.contentType)
    .header('Content-Length', file.size)
    .header('Content-Disposition', contentDisposition(file.fileName))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(file.body);
}
