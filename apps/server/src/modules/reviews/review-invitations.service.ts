import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid } from '../../http/errors.js';
import { frenchDate } from '../../lib/spreadsheet-safe.js';
import { composeEmail } from '../mail/mail-content.js';
import { queueEmails } from '../mail/mail.service.js';
import { absoluteLink, notify } from '../notifications/notify.js';
import { loadReviewForActor } from './review.access.js';
import { listAttendees, markReviewSent } from './review.repository.js';
import type { ReviewRow } from './review.table.js';

/** « le 16/03/2026 à 14 h 30 » (the time only when set). */
export const dayAndTime = (review: Pick<ReviewRow, 'date' | 'startTime'>) =>
  `le ${frenchDate(review.date)}${review.startTime ? ` à ${review.startTime.replace(':', ' h ')}` : ''}`;

/** When and where: « le 16/03/2026 à 14 h 30, Salle du conseil ». */
export const whenAndWhere = (review: Pick<ReviewRow, 'date' | 'startTime' | 'location'>) => `${dayAndTime(review)}${review.location ? `, ${review.location}` : ''}`;

/**
 * Invites the attendees: a notification to each member attendee (`review.invitation`: in the
 * notification centre, and by e-mail as their preferences say, at once by default), and an
 * e-mail to each attendee from outside with an address. Members are not e-mailed besides, so
 * nobody gets the invitation twice. Sending again re-invites everyone (after a change of date).
 */
export async function sendInvitations(ctx: AppContext, actor: MemberActor, reviewId: string) {
  const { review, plan } = await loadReviewForActor(ctx.db, actor, reviewId, { manage: true });
  const scope = scopeOf(actor);
  const attendees = await listAttendees(ctx.db, { ...scope, reviewId });
  const addresses = [...new Set(attendees.flatMap((a) => (a.email && !a.userId ? [a.email] : [])))];
  const memberIds = [...new Set(attendees.flatMap((a) => (a.userId ? [a.userId] : [])))];
  if (addresses.length === 0 && memberIds.length === 0) throw invalid([{ path: 'attendees', message: 'Aucun participant à inviter : ajoutez des participants avec une adresse e-mail' }]);

  const link = `/revues/${review.id}`;
  const when = whenAndWhere(review);
  const subject = `Invitation : ${review.title} ${dayAndTime(review)}`;
  const body = composeEmail({
    paragraphs: [
      `Vous êtes invité(e) à la réunion « ${review.title} » du plan « ${plan.name} », ${when}.`,
      `Invitation envoyée par ${actor.name}. L’ordre du jour est consultable dans Pilotis.`,
    ],
    link: { href: absoluteLink(ctx, link), label: 'Voir la revue et son ordre du jour' },
  });
  const sentAt = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    // One e-mail per address (nobody sees the others), written in one go.
    await queueEmails(tx, ctx, addresses.map((address) => ({ organizationId: scope.organizationId, to: [address], subject, text: body.text, html: body.html, origin: 'review-invitation' })));
    const notified = await notify(tx, ctx, {
      organizationId: scope.organizationId,
      userIds: memberIds,
      kind: 'review.invitation',
      entityType: 'review',
      entityId: review.id,
      title: subject,
      body: `${actor.name} vous invite à la réunion « ${review.title} » du plan « ${plan.name} », ${when}.`,
      link,
    });
    await markReviewSent(tx, { ...scope, id: reviewId }, { invitationsSentAt: sentAt });
    return { invitationsSentAt: sentAt.toISOString(), emailed: addresses.length, notified };
  });
  ctx.wakeJobs?.();
  return result;
}
