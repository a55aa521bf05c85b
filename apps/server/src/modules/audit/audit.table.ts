import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditChanges } from '@pilotis/shared';

/** Append-only history of every change, written in the same transaction as the change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid().primaryKey(),
    organizationId: uuid().notNull(),
    actorUserId: uuid(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    action: text().notNull(),
    changes: jsonb().$type<AuditChanges>().notNull(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('audit_events_entity_idx').on(t.organizationId, t.entityType, t.entityId, t.at)],
);
export type AuditEventRow = typeof auditEvents.$inferSelect;
