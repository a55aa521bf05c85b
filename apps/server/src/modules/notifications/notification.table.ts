import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NotificationDelivery, NotificationKind } from '@pilotis/shared';
import { createdAt, updatedAt } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';
import { users } from '../users/user.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });

/** One thing told to one person, in the notification centre and maybe by e-mail. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().$type<NotificationKind>().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    title: text().notNull(),
    body: text().notNull(),
    link: text(),
    readAt: ts(),
    createdAt: createdAt(),
    /** Set once it went out by e-mail (at once or in a digest): the digest skips it then. */
    emailedAt: ts(),
    /**
     * The person's choice for the kind when it was written: a « digest » one goes in the next digest
     * even if they switched to « immediate » meanwhile. Null on rows written before it was kept.
     */
    delivery: text().$type<NotificationDelivery>(),
  },
  (t) => [
    index('notifications_user_idx').on(t.organizationId, t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.organizationId, t.userId).where(sql`${t.readAt} is null`),
  ],
);
export type NotificationRow = typeof notifications.$inferSelect;

/** A person's choices per kind in one collectivité; a kind missing means « immediate ». */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    preferences: jsonb().$type<Partial<Record<NotificationKind, NotificationDelivery>>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] })],
);
export type NotificationSettingsRow = typeof notificationSettings.$inferSelect;

/**
 * What the daily notices already told, so each is told once: a fiche's lateness cause
 * (`end:<date>`, `milestone:<id>:<date>`) or an indicator's due period. Never read by people.
 */
export const notificationMarks = pgTable(
  'notification_marks',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    kind: text().$type<NotificationKind>().notNull(),
    entityId: uuid().notNull(),
    mark: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind, t.entityId, t.mark] })],
);
