import type { NotificationKind } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { newSortableId } from '../../lib/tokens.js';
import { composeEmail } from '../mail/mail-content.js';
import { queueEmail } from '../mail/mail.service.js';
import { effectivePreferences } from './notification.presenter.js';
import { insertNotifications, selectMemberRecipients, selectSettings } from './notification.repository.js';

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
}

type NotifyCtx = Pick<AppContext, 'clock' | 'config'>;

/**
 * Tells people something, in the caller's transaction: a row in each one's notification centre
 * and, for those who chose « immédiatement » for this kind, an e-mail in the outbox. Only members
 * of the collectivité are told. Runs in a savepoint and swallows its own failures: a notification
 * that could not be written never undoes the user's action.
 */
export async function notify(tx: DbOrTx, ctx: NotifyCtx, input: NotifyInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return 0;
  try {
    return await tx.transaction((savepoint) => writeNotifications(savepoint, ctx, { ...input, userIds }));
  } catch (error) {
    console.error(`Notification « ${input.kind} » non enregistrée :`, error);
    return 0;
  }
}

async function writeNotifications(tx: DbOrTx, ctx: NotifyCtx, input: NotifyInput) {
  const scope = { organizationId: input.organizationId, userIds: input.userIds };
  const recipients = await selectMemberRecipients(tx, scope);
  if (recipients.length === 0) return 0;
  const settings = new Map((await selectSettings(tx, scope)).map((row) => [row.userId, effectivePreferences(row.preferences)]));
  const now = ctx.clock.now();
  const immediate = recipients.filter((user) => (settings.get(user.id) ?? effectivePreferences(undefined))[input.kind] === 'immediate');
  const emailedIds = new Set(immediate.map((user) => user.id));
  await insertNotifications(
    tx,
    recipients.map((user) => ({
      id: newSortableId(),
      organizationId: input.organizationId,
      userId: user.id,
      kind: input.kind,
      entityType: input.entityType,
      entityId: input.entityId,
      title: input.title,
      body: input.body,
      link: input.link,
      createdAt: now,
      emailedAt: emailedIds.has(user.id) ? now : null,
    })),
  );
  // One e-mail per person: each says « Bonjour Prénom » and nobody sees the other recipients.
  for (const user of immediate) {
    await queueEmail(tx, ctx, {
      organizationId: input.organizationId,
      to: [user.email],
      subject: input.title,
      ...composeEmail({
        greeting: `Bonjour ${user.name},`,
        paragraphs: [input.body],
        link: input.link ? { href: absoluteLink(ctx, input.link), label: 'Voir dans Pilotis' } : undefined,
        footer: NOTIFICATION_FOOTER,
      }),
      origin: 'notification',
    });
  }
  return recipients.length;
}

export const NOTIFICATION_FOOTER = 'Vous recevez cet e-mail selon vos préférences de notification, modifiables sur la page « Mon compte » de Pilotis.';
export const absoluteLink = (ctx: NotifyCtx, link: string) => new URL(link, ctx.config.publicUrl).toString();
