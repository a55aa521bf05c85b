import { z } from 'zod';

/**
 * What a person is told about. Every kind of issue 7 is listed now so preferences cover them,
 * even those whose triggers come later (campaigns, reviews, late actions, measures due).
 */
export const notificationKinds = [
  'action.assigned',
  'log.mention',
  'campaign.opened',
  'campaign.reminder',
  'review.invitation',
  'review.minutes',
  'action.late',
  'measure.due',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How a kind reaches the person besides the in-app centre: e-mail at once, in the daily digest, or not at all. */
export const notificationDeliveries = ['immediate', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof notificationDeliveries)[number];
export type NotificationPreferences = Record<NotificationKind, NotificationDelivery>;

export const notificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional().transform((value) => value === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  entityType: z.string(),
  entityId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  /** A path inside the web app (« /actions/… »), or null. */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z.object({
  data: z.array(notificationSchema),
  page: z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const notificationReadAnswerSchema = z.object({ data: notificationSchema, unreadCount: z.number().int() });
export const notificationReadAllAnswerSchema = z.object({ data: z.object({ marked: z.number().int() }), unreadCount: z.number().int() });

const deliverySchema = z.enum(notificationDeliveries);
export const notificationSettingsSchema = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, deliverySchema])) as Record<NotificationKind, typeof deliverySchema>,
);
export const notificationSettingsAnswerSchema = z.object({ data: notificationSettingsSchema });
/** PATCH: only the kinds that change. */
export const notificationSettingsPatchSchema = notificationSettingsSchema.partial().strict();
export type NotificationSettingsPatch = z.infer<typeof notificationSettingsPatchSchema>;
