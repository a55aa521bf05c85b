import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid } from '../../http/errors.js';
import { frenchDate } from '../../lib/spreadsheet-safe.js';
import { composeEmail } from '../mail/mail-content.js';
import { queueEmail } from '../mail/mail.service.js';
import { absoluteLink, notify } from '../notifications/notify.js';
import { loadReviewForActor } from './review.access.js';
import { listAttendees, markReviewSent } from './review.repository.js';
import type { ReviewRow } from './review.table.js';

/** Where and when, in one French sentence: « le 16/03/2026 à 14:00, salle du conseil ». */
export function whenAndWhere(review: Pick<ReviewRow, 'date' | 'startTime' | 'location'>) {
  return [`le ${frenchDate(review.date)}`, review.startTime ? ` à ${review.startTime.replace(':', ' h ')}` : '', review.location ? `, ${review.location}` : ''].join('');
}

/**
 * Invites the attendees: one e-mail to each attendee with an address (members and people from
 * outside alike), and a notification to each member attendee (`review.invitation`). Sending
 * again re-invites everyone (after a change of date, say).
 */
export async function sendInvitations(ctx: AppContext, actor: MemberActor, reviewId: string) {
  const { review, plan } = await loadReviewForActor(ctx.db, actor, reviewId, { manage: true });
  const scope = scopeOf(actor);
  const attendees = await listAttendees(ctx.db, { ...scope, reviewId });
  const addresses = [...new Set(attendees.flatMap((a) => (a.email ? [a.email] : [])))];
  const memberIds = [...new Set(attendees.flatMap((a) => (a.userId ? [a.userId] : [])))];
  if (addresses.length === 0 && memberIds.length === 0) throw invalid([{ path: 'attendees', message: 'Aucun participant à inviter : ajoutez des participants avec une adresse e-mail' }]);

  const link = `/revues/${review.id}`;
  const when = whenAndWhere(review);
  const subject = `Invitation : ${review.title} ${when.split(',')[0]}`;
  const body = composeEmail({
    paragraphs: [
      `Vous êtes invité(e) à la réunion « ${review.title} » du plan « ${plan.name} », ${when}.`,
      `Invitation envoyée par ${actor.name}. L’ordre du jour est consultable dans Pilotis.`,
    ],
    link: { href: absoluteLink(ctx, link), label: 'Voir la revue et son ordre du jour' },
  });
  const sentAt = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    for (const address of addresses) {
      await queueEmail(tx, ctx, { organizationId: scope.organizationId, to: [address], subject, text: body.text, html: body.html, origin: 'review-invitation' });
    }
    const notified = await notify(tx, ctx, {
      organizationId: scope.organizationId,
      userIds: memberIds,
      kind: 'review.invitation',
      entityType: 'review',
      entityId: review.id,
      title: `Invitation : ${review.title} ${when.split(',')[0]}`,
      body: `${actor.name} vous invite à la réunion « ${review.title} » du plan « ${plan.name} », ${when}.`,
      link,
    });
    await markReviewSent(tx, { ...scope, id: reviewId }, { invitationsSentAt: sentAt });
    return { invitationsSentAt: sentAt.toISOString(), emailed: addresses.length, notified };
  });
  ctx.wakeJobs?.();
  return result;
}
