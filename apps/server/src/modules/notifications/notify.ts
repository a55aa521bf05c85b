import type { NotificationKind } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { newSortableId } from '../../lib/tokens.js';
import { composeEmail } from '../mail/mail-content.js';
import { queueEmails } from '../mail/mail.service.js';
import { effectivePreferences } from './notification.presenter.js';
import { insertNotifications, selectMemberRecipients, selectSettings } from './notification.repository.js';
import type { notifications } from './notification.table.js';

export interface NotifyInput {
  organizationId: string;
  userIds: string[];
  kind: NotificationKind;
  entityType: string;
  entityId: string | null;
  title: string;
  body: string;
  /** A path in the web app (« /actions/… »); the e-mail carries it as a full address. */
  link: string | null;
  /** People who were just e-mailed the same news another way (minutes with their attachments): in-app only. */
  emailedElsewhere?: string[];
}

type NotifyCtx = Pick<AppContext, 'clock' | 'config'>;

/**
 * Tells people something, in the caller's transaction: a row in each one's notification centre
 * and, for those who chose « immédiatement » for this kind, an e-mail in the outbox. Only members
 * of the collectivité are told. Runs in a savepoint and swallows its own failures: a notification
 * that could not be written never undoes the user's action.
 */
export async function notify(tx: DbOrTx, ctx: NotifyCtx, input: NotifyInput): Promise<number> {
  return notifyAll(tx, ctx, input.organizationId, [input]);
}

/** Several notifications of one collectivité at once, with notify's savepoint rule (see writeNotifications). */
export async function notifyAll(tx: DbOrTx, ctx: NotifyCtx, organizationId: string, inputs: NotifyInput[]): Promise<number> {
  if (inputs.every((input) => input.userIds.length === 0)) return 0;
  try {
    return await tx.transaction((savepoint) => writeNotifications(savepoint, ctx, organizationId, inputs));
  } catch (error) {
    console.error(`Notifications « ${[...new Set(inputs.map((input) => input.kind))].join(', ')} » non enregistrées :`, error);
    return 0;
  }
}

const INSERT_BATCH = 1000;

/**
 * Writes notifications of one collectivité: the recipients and their settings read once for all,
 * the rows and the e-mails written in batches. Throws on failure: a job calls it directly so that
 * what it marked as told is rolled back with it and retried.
 */
export async function writeNotifications(tx: DbOrTx, ctx: NotifyCtx, organizationId: string, inputs: NotifyInput[]) {
  const scope = { organizationId, userIds: [...new Set(inputs.flatMap((input) => input.userIds))] };
  const recipients = new Map((await selectMemberRecipients(tx, scope)).map((user) => [user.id, user]));
  if (recipients.size === 0) return 0;
  const settings = new Map((await selectSettings(tx, scope)).map((row) => [row.userId, effectivePreferences(row.preferences)]));
  const deliveryOf = (userId: string, kind: NotificationKind) => (settings.get(userId) ?? effectivePreferences(undefined))[kind];
  const now = ctx.clock.now();
  const rows: (typeof notifications.$inferInsert)[] = [];
  const emails: { user: { email: string; name: string }; input: NotifyInput }[] = [];
  for (const input of inputs) {
    for (const userId of new Set(input.userIds)) {
      const user = recipients.get(userId);
      if (!user) continue;
      const delivery = deliveryOf(userId, input.kind);
      const emailedElsewhere = input.emailedElsewhere?.includes(userId) ?? false;
      if (delivery === 'immediate' && !emailedElsewhere) emails.push({ user, input });
      rows.push({
        id: newSortableId(),
        organizationId,
        userId,
        kind: input.kind,
        entityType: input.entityType,
        entityId: input.entityId,
        title: input.title,
        body: input.body,
        link: input.link,
        createdAt: now,
        emailedAt: delivery === 'immediate' || emailedElsewhere ? now : null,
        delivery,
      });
    }
  }
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await insertNotifications(tx, rows.slice(i, i + INSERT_BATCH));
  // One e-mail per person: each says « Bonjour Prénom » and nobody sees the other recipients.
  await queueEmails(
    tx,
    ctx,
    emails.map(({ user, input }) => ({
      organizationId,
      to: [user.email],
      subject: input.title,
      ...composeEmail({
        greeting: `Bonjour ${user.name},`,
        paragraphs: [input.body],
        link: input.link ? { href: absoluteLink(ctx, input.link), label: 'Voir dans Pilotis' } : undefined,
        footer: NOTIFICATION_FOOTER,
      }),
      origin: 'notification',
    })),
  );
  return rows.length;
}

export const NOTIFICATION_FOOTER = 'Vous recevez cet e-mail selon vos préférences de notification, modifiables sur la page « Mon compte » de Pilotis.';
export const absoluteLink = (ctx: NotifyCtx, link: string) => new URL(link, ctx.config.publicUrl).toString();
