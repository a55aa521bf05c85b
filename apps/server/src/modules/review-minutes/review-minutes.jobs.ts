import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { composeEmail } from '../mail/mail-content.js';
import { queueEmail } from '../mail/mail.service.js';
import { notify } from '../notifications/notify.js';
import { frDate } from '../reports/report-format.js';
import { memberActorOf } from '../users/member-actor.js';
import { loadReviewFor } from './review-diff.service.js';
import { listAttendees, markReviewSent } from '../reviews/review.repository.js';
import { REVIEW_MINUTES_SEND_JOB, storeMinutesFiles } from './review-minutes.service.js';

export { REVIEW_MINUTES_SEND_JOB };

const payloadSchema = z.object({ reviewId: z.uuid() });

/**
 * `review.minutes.send`: as the manager who asked (still allowed to manage the plan), writes the
 * PDF and the Word minutes, stores them, then in one transaction e-mails every attendee with an
 * address (both files attached), notifies the attendees who are members and records minutesSentAt.
 */
export function reviewMinutesSendHandler(ctx: AppContext): JobHandler {
  return async (job) => {
    const { reviewId } = payloadSchema.parse(job.payload);
    if (!job.organizationId || !job.createdBy) throw new Error('Envoi de relevé sans collectivité ni demandeur');
    const sender = await memberActorOf(ctx, job.organizationId, job.createdBy);
    const { row, manages } = await loadReviewFor(ctx, sender, reviewId);
    if (!manages) throw forbidden();
    const attachments = await storeMinutesFiles(ctx, row, sender);
    const { review, series } = row;
    const scope = { organizationId: review.organizationId };
    const subject = `Relevé de conclusions — ${review.title} du ${frDate(review.date)}`;
    const link = `/revues/${review.id}`;

    return ctx.db.transaction(async (tx) => {
      const attendees = await listAttendees(tx, { ...scope, reviewId });
      const withAddress = attendees.filter((a) => a.email);
      for (const attendee of withAddress) {
        const body = composeEmail({
          paragraphs: [
            `Veuillez trouver ci-joint le relevé de conclusions de « ${review.title} » (${series.title}) du ${frDate(review.date)}, en PDF et au format Word.`,
            `Il vous est adressé par ${sender.name}.`,
          ],
          link: attendee.userId ? { href: `${ctx.config.publicUrl.replace(/\/$/, '')}${link}`, label: 'Ouvrir la revue dans Pilotis' } : undefined,
          footer: 'Vous recevez ce message car vous figurez parmi les participants de cette revue.',
        });
        await queueEmail(tx, ctx, { organizationId: review.organizationId, to: [attendee.email!], subject, ...body, attachments, origin: 'review-minutes' });
      }
      const members = [...new Set(attendees.flatMap((a) => (a.userId ? [a.userId] : [])))];
      const notified = await notify(tx, ctx, {
        organizationId: review.organizationId,
        userIds: members,
        kind: 'review.minutes',
        entityType: 'review',
        entityId: review.id,
        title: `Relevé de conclusions : ${review.title}`,
        body: `Le relevé de la revue du ${frDate(review.date)} est disponible.`,
        link,
        emailedElsewhere: withAddress.flatMap((a) => (a.userId ? [a.userId] : [])),
      });
      await markReviewSent(tx, { ...scope, id: review.id }, { minutesSentAt: ctx.clock.now() });
      return { reviewId: review.id, emailed: withAddress.length, notified };
    });
  };
}
