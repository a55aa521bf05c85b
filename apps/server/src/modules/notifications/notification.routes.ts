import {
  notificationListQuerySchema,
  notificationPageSchema,
  notificationReadAllAnswerSchema,
  notificationReadAnswerSchema,
  notificationSettingsAnswerSchema,
  notificationSettingsPatchSchema,
} from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  changeMyNotificationSettings,
  listMyNotifications,
  myNotificationSettings,
  readAllNotifications,
  readNotification,
} from './notification.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['Notifications'];

/** The signed-in person's notification centre and e-mail preferences. */
export function notificationRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/notifications', { schema: { tags, querystring: notificationListQuerySchema, response: { 200: notificationPageSchema } } }, async (request) =>
    listMyNotifications(ctx, requireMember(request), request.query),
  );

  app.post('/api/notifications/read-all', { schema: { tags, response: { 200: notificationReadAllAnswerSchema } } }, async (request) =>
    readAllNotifications(ctx, requireMember(request)),
  );

  app.post('/api/notifications/:id/read', { schema: { tags, params: idParams, response: { 200: notificationReadAnswerSchema } } }, async (request) =>
    readNotification(ctx, requireMember(request), request.params.id),
  );

  app.get('/api/me/notification-settings', { schema: { tags, response: { 200: notificationSettingsAnswerSchema } } }, async (request) => ({
    data: await myNotificationSettings(ctx, requireMember(request)),
  }));

  app.patch(
    '/api/me/notification-settings',
    { schema: { tags, body: notificationSettingsPatchSchema, response: { 200: notificationSettingsAnswerSchema } } },
    async (request) => ({ data: await changeMyNotificationSettings(ctx, requireMember(request), request.body) }),
  );
}
