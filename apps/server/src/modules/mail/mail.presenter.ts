import type { OutboxEmail, OutboxItem } from '@pilotis/shared';
import type { OutboundEmailRow } from './mail.table.js';

export function presentOutboxItem(row: OutboundEmailRow): OutboxItem {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    origin: row.origin,
    status: row.status,
    attempts: row.attempts,
    attachmentCount: row.attachments.length,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** The whole e-mail as the admin reads it; attachments by name only (paths stay on the server). */
export function presentOutboxEmail(row: OutboundEmailRow): OutboxEmail {
  return {
    ...presentOutboxItem(row),
    text: row.text,
    html: row.html,
    attachments: row.attachments.map((file) => ({ fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize ?? null })),
    messageId: row.messageId,
    updatedAt: row.updatedAt.toISOString(),
  };
}
