import type { NotificationSettingsPatch, notificationListQuerySchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { effectivePreferences, presentNotification } from './notification.presenter.js';
import {
  countUnread,
  findNotification,
  listUserNotifications,
  markAllRead,
  markNotificationRead,
  selectSettings,
  upsertSettings,
} from './notification.repository.js';

type ListQuery = z.output<typeof notificationListQuerySchema>;
const mine = (actor: MemberActor) => ({ organizationId: actor.organizationId, userId: actor.userId });

/** The actor's notifications, newest first, with the unread count the bell shows. */
export async function listMyNotifications(ctx: AppContext, actor: MemberActor, query: ListQuery) {
  const { rows, total } = await listUserNotifications(ctx.db, { ...mine(actor), unreadOnly: query.unread, page: query.page, pageSize: query.pageSize });
  return {
    data: rows.map(presentNotification),
    page: { page: query.page, pageSize: query.pageSize, total },
    unreadCount: await countUnread(ctx.db, mine(actor)),
  };
}

export async function readNotification(ctx: AppContext, actor: MemberActor, id: string) {
  const row = await findNotification(ctx.db, { organizationId: actor.organizationId, id });
  // Someone else's notification does not exist for the actor.
  if (!row || !can(actor, 'notification.read', row)) throw notFound('Notification');
  const updated = await markNotificationRead(ctx.db, { organizationId: actor.organizationId, id, at: ctx.clock.now() });
  return { data: presentNotification(updated), unreadCount: await countUnread(ctx.db, mine(actor)) };
}

export async function readAllNotifications(ctx: AppContext, actor: MemberActor) {
  const marked = await markAllRead(ctx.db, { ...mine(actor), at: ctx.clock.now() });
  return { data: { marked }, unreadCount: 0 };
}

export async function myNotificationSettings(ctx: AppContext, actor: MemberActor) {
  const [row] = await selectSettings(ctx.db, { organizationId: actor.organizationId, userIds: [actor.userId] });
  return effectivePreferences(row?.preferences);
}

export async function changeMyNotificationSettings(ctx: AppContext, actor: MemberActor, patch: NotificationSettingsPatch) {
  const preferences = { ...(await myNotificationSettings(ctx, actor)), ...patch };
  await upsertSettings(ctx.db, { ...mine(actor), preferences, at: ctx.clock.now() });
  return preferences;
}
