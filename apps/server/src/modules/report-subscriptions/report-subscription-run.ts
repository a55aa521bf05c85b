import type { SubscriptionSchedule } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { composeEmail } from '../mail/mail-content.js';
import { queueEmail } from '../mail/mail.service.js';
import { findPlan } from '../plans/plan.repository.js';
import { generateReport, type GeneratedReport } from '../reports/report-generate.service.js';
import { frDay } from '../reports/report-format.js';
import { recordSubscriptionRun, selectRecipientUsers } from './report-subscription.repository.js';
import type { ReportSubscriptionRow } from './report-subscription.table.js';

/** Larger reports are not attached (many mail servers refuse ~10 Mo and more): a link instead. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const frSize = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** The report, AS the subscription's creator: it holds only what they may read. */
export function generateSubscriptionReport(ctx: AppContext, row: ReportSubscriptionRow) {
  return generateReport(ctx, {
    organizationId: row.organizationId,
    actorUserId: row.createdBy,
    kind: row.kind,
    format: row.format,
    filter: row.filter,
    subscriptionId: row.id,
  });
}

/**
 * One e-mail to every recipient still active (users by their current address, plus the outside
 * addresses), with the report attached — or, above MAX_ATTACHMENT_BYTES, a link to « Rapports ».
 * Queued in the caller's transaction, which also records the sending on the subscription.
 */
export async function emailSubscriptionReport(tx: DbOrTx, ctx: AppContext, row: ReportSubscriptionRow, report: GeneratedReport) {
  const scope = { organizationId: row.organizationId };
  const people = await selectRecipientUsers(tx, { ...scope, userIds: [...new Set([...row.recipients.userIds, row.createdBy])] });
  const to = [...people.filter((p) => p.active && row.recipients.userIds.includes(p.id)).map((p) => p.email), ...row.recipients.emails];
  if (to.length === 0) throw new Error('Aucun destinataire actif : ajoutez un destinataire à l’abonnement');
  const plan = await findPlan(tx, { ...scope, id: row.planId });
  const creator = people.find((p) => p.id === row.createdBy)?.name ?? 'un gestionnaire';
  const now = ctx.clock.now();
  const attach = report.byteSize <= MAX_ATTACHMENT_BYTES;
  const reportsPage = `${ctx.config.publicUrl.replace(/\/$/, '')}/rapports`;

  const body = composeEmail({
    paragraphs: attach
      ? [`Veuillez trouver ci-joint le rapport « ${report.title} », produit le ${frDay(now)}.`]
      : [
          `Le rapport « ${report.title} », produit le ${frDay(now)}, pèse ${frSize.format(report.byteSize / 1024 / 1024)} Mo : trop pour être joint à ce message.`,
          'Vous pouvez le télécharger depuis la page « Rapports » de Pilotis (connexion nécessaire).',
        ],
    ...(attach ? {} : { link: { href: reportsPage, label: 'Ouvrir la page Rapports' } }),
    footer: `Vous recevez ce message car ${creator} vous a abonné(e) à ce rapport du plan « ${plan?.name ?? ''} » (${describeSchedule(row.schedule)}). Pour ne plus le recevoir, adressez-vous à ${creator} ou aux gestionnaires du plan.`,
  });
  const email = await queueEmail(tx, ctx, {
    organizationId: row.organizationId,
    to,
    subject: `${report.title} — ${frDay(now)}`,
    ...body,
    attachments: attach
      ? [{ fileName: report.fileName, contentType: report.contentType, storagePath: report.filePath, byteSize: report.byteSize, reportId: report.reportId }]
      : [],
    origin: 'report-subscription',
  });
  await recordSubscriptionRun(tx, { ...scope, id: row.id }, { lastRunAt: now, lastReportId: report.reportId, lastError: null });
  return { reportId: report.reportId, emailId: email.id, recipients: to.length };
}

/** « chaque lundi à 7 h », « le 5 de chaque mois à 8 h », « 7 jours avant chaque revue, à 7 h ». */
export function describeSchedule(schedule: SubscriptionSchedule) {
  switch (schedule.frequency) {
    case 'weekly':
      return `chaque ${WEEKDAYS[schedule.weekday - 1]} à ${schedule.hour} h`;
    case 'monthly':
      return `le ${schedule.day === 1 ? '1er' : schedule.day} de chaque mois à ${schedule.hour} h`;
    case 'before-review':
      return `${schedule.daysBefore} jour${schedule.daysBefore > 1 ? 's' : ''} avant chaque revue, à ${schedule.hour} h`;
  }
}
