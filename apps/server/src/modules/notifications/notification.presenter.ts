import { notificationKinds, type Notification, type NotificationDelivery, type NotificationKind, type NotificationPreferences } from '@pilotis/shared';
import type { NotificationRow } from './notification.table.js';

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    entityType: row.entityType,
    entityId: row.entityId,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Every kind with its delivery; those never chosen are « immediate ». */
export function effectivePreferences(stored: Partial<Record<NotificationKind, NotificationDelivery>> | undefined): NotificationPreferences {
  return Object.fromEntries(notificationKinds.map((kind) => [kind, stored?.[kind] ?? 'immediate'])) as NotificationPreferences;
}
