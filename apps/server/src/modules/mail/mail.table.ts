import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OutboundEmailStatus } from '@pilotis/shared';
import { createdAt, updatedAt } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });

/** A file sent with an e-mail: a path under DATA_DIR (or absolute), read when the e-mail leaves. */
export interface StoredAttachment {
  fileName: string;
  contentType: string;
  storagePath: string;
  byteSize?: number;
  reportId?: string;
}

/**
 * Every e-mail Pilotis sends, written in the transaction of the change that causes it. It stays
 * `queued` until an SMTP server takes it (never lost without SMTP), then `sent` or `failed`.
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    to: jsonb().$type<string[]>().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    attachments: jsonb().$type<StoredAttachment[]>().notNull().default([]),
    /** What queued it (« report-subscription », « notification »…), for the outbox list. */
    origin: text(),
    status: text().$type<OutboundEmailStatus>().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    messageId: text(),
    sentAt: ts(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('outbound_emails_org_idx').on(t.organizationId, t.status, t.createdAt), index('outbound_emails_queued_idx').on(t.status)],
);
export type OutboundEmailRow = typeof outboundEmails.$inferSelect;
