import type { Attachment } from '@pilotis/shared';
import type { AttachmentRow } from '../action-parts.table.js';
import type { AttachmentWithUploader } from './attachment.repository.js';

export const ACTION_OWNER = 'action';

export function presentAttachment({ attachment: row, uploaderName }: AttachmentWithUploader): Attachment {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    uploadedBy: row.uploadedById ? { id: row.uploadedById, name: uploaderName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export const auditedAttachment = (row: AttachmentRow) => ({ kind: row.kind, name: row.name, url: row.url, mimeType: row.mimeType, sizeBytes: row.sizeBytes });

/** The name as shown and offered on download: no folders, no control characters, not empty. */
export function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[/\\]/).pop()!.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '').trim();
  return base.slice(0, 255) || 'fichier';
}
