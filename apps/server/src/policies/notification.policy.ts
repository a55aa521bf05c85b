import { sameOrganization, type Rule, type Scoped } from './types.js';

/**
 * A notification belongs to its recipient alone: not even an admin reads another person's
 * (it may name fiches they were told about privately). Anyone else gets 404.
 */
export const notificationRules = {
  'notification.read': (actor, notification) => sameOrganization(actor, notification) && notification.userId === actor.userId,
} satisfies Record<string, Rule<Scoped & { userId: string }>>;
