import type { NotificationDelivery } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { dailyJob } from '../jobs/daily-job.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { composeEmail } from '../mail/mail-content.js';
import { queueEmail } from '../mail/mail.service.js';
import { effectivePreferences } from './notification.presenter.js';
import { markEmailed, selectDigestCandidates } from './notification.repository.js';
import { absoluteLink, NOTIFICATION_FOOTER } from './notify.js';
import type { NotificationRow } from './notification.table.js';

export const NOTIFICATION_DIGEST_JOB = 'notification.digest';
const DIGEST_HOUR = 7;
/** Older unsent notifications are not worth an e-mail any more (e.g. after the server was down a week). */
const DIGEST_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const digest = dailyJob(NOTIFICATION_DIGEST_JOB, DIGEST_HOUR);

/** The first 7 h (Paris time) strictly after `from`. */
export const nextDigestAt = digest.nextAt;

/** At server start: queues the next digest unless one is already waiting. */
export const ensureDigestScheduled = (ctx: Pick<AppContext, 'db' | 'clock'>) => digest.ensureScheduled(ctx.db, ctx.clock);

/** Runs the digest, then tomorrow's is queued (also after its last failed attempt): the chain never stops. */
export const notificationDigestHandler = (ctx: AppContext): JobHandler => digest.handler(ctx, () => sendDigests(ctx));

/**
 * One e-mail per person listing their unread, never e-mailed notifications of the kinds they want
 * in the digest; each person's e-mail and the marking of what it lists commit together.
 */
export async function sendDigests(ctx: AppContext) {
  const candidates = await selectDigestCandidates(ctx.db, { since: new Date(ctx.clock.now().getTime() - DIGEST_WINDOW_MS) });
  const byPerson = new Map<string, { email: string; name: string; preferences: ReturnType<typeof effectivePreferences>; items: NotificationRow[] }>();
  for (const { notification, email, name, preferences } of candidates) {
    const key = `${notification.organizationId}/${notification.userId}`;
    const entry = byPerson.get(key) ?? { email, name, preferences: effectivePreferences(preferences ?? undefined), items: [] };
    entry.items.push(notification);
    byPerson.set(key, entry);
  }
  let emails = 0;
  let notifications = 0;
  for (const { email, name, preferences, items } of byPerson.values()) {
    const { organizationId } = items[0]!;
    const wanted = items.filter((item) => belongsInDigest(item, preferences[item.kind]));
    if (wanted.length === 0) continue;
    await ctx.db.transaction(async (tx) => {
      await queueEmail(tx, ctx, { organizationId, to: [email], ...digestEmail(ctx, name, wanted), origin: 'notification-digest' });
      await markEmailed(tx, { organizationId, ids: wanted.map((item) => item.id), at: ctx.clock.now() });
    });
    emails += 1;
    notifications += wanted.length;
  }
  if (emails > 0) ctx.wakeJobs?.();
  return { emails, notifications };
}

/**
 * What was written for the digest goes in it, even if the person chose « immediate » since (it was
 * never e-mailed), unless they turned the kind off. Rows older than the `delivery` column follow
 * the current choice. What was written while the kind was off stays out of e-mails.
 */
export function belongsInDigest(item: Pick<NotificationRow, 'delivery'>, current: NotificationDelivery) {
  if (item.delivery === null) return current === 'digest';
  return item.delivery === 'digest' && current !== 'off';
}

function digestEmail(ctx: AppContext, name: string, items: NotificationRow[]) {
  const subject = items.length === 1 ? 'Pilotis : 1 nouvelle notification' : `Pilotis : ${items.length} nouvelles notifications`;
  const lines = items.map((item) => `• ${item.title}\n${item.body}${item.link ? `\n${absoluteLink(ctx, item.link)}` : ''}`);
  return {
    subject,
    ...composeEmail({
      greeting: `Bonjour ${name},`,
      paragraphs: ['Voici le résumé de vos notifications depuis le dernier envoi :', ...lines],
      link: { href: absoluteLink(ctx, '/notifications'), label: 'Toutes vos notifications' },
      footer: NOTIFICATION_FOOTER,
    }),
  };
}
