import path from 'node:path';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { newSortableId } from '../../lib/tokens.js';
import { enqueueJob, enqueueJobs } from '../jobs/job.runner.js';
import { reportFilePath } from '../reports/report-storage.js';
import { findReportFile, insertOutboundEmail, insertOutboundEmails, MAIL_SEND_JOB, selectQueuedEmailsWithoutJob } from './mail.repository.js';
import type { StoredAttachment } from './mail.table.js';

export { MAIL_SEND_JOB };
/** 30 s, 2 min, 8 min, 32 min between attempts: a server down for half an hour loses nothing. */
export const MAIL_SEND_ATTEMPTS = 5;

export interface QueueEmailInput {
  organizationId: string;
  to: string[];
  subject: string;
  text: string;
  html?: string | null;
  /** A file by its path (under DATA_DIR, or absolute), or a generated report by its id. */
  attachments?: AttachmentInput[];
  /** What sends it (« report-subscription », « notification »…), shown in the outbox. */
  origin?: string | null;
}

export type AttachmentInput = { fileName: string; contentType: string; byteSize?: number } & (
  | { storagePath: string; reportId?: string }
  | { reportId: string; storagePath?: undefined }
);

export interface MailSendPayload {
  emailId: string;
  [key: string]: unknown;
}

type MailCtx = Pick<AppContext, 'clock' | 'config'>;

/**
 * Queues an e-mail in the caller's transaction: the outbox row, and its send job when an SMTP
 * server is configured. The sending itself happens in the job, so a dead SMTP server never
 * fails the user's action; without SMTP_URL the e-mail waits in the outbox (sent once the
 * server starts with one, see queueUnsentEmails).
 */
export async function queueEmail(tx: DbOrTx, ctx: MailCtx, input: QueueEmailInput) {
  const to = [...new Set(input.to.map((address) => address.trim().toLowerCase()).filter(Boolean))];
  if (to.length === 0) throw new Error('queueEmail: aucun destinataire');
  const now = ctx.clock.now();
  const row = await insertOutboundEmail(tx, {
    id: newSortableId(),
    organizationId: input.organizationId,
    to,
    subject: oneLine(input.subject),
    text: input.text,
    html: input.html ?? null,
    attachments: await storedAttachments(tx, ctx, input.organizationId, input.attachments ?? []),
    origin: input.origin ?? null,
    status: 'queued',
    createdAt: now,
    updatedAt: now,
  });
  if (ctx.config.SMTP_URL) await queueSendJob(tx, ctx, row);
  return row;
}

/**
 * Many e-mails without attachments, as queueEmail would queue each one, in one insert for the
 * outbox rows and one for their send jobs (the daily notices e-mail many people at once).
 */
export async function queueEmails(tx: DbOrTx, ctx: MailCtx, inputs: Omit<QueueEmailInput, 'attachments'>[]) {
  const now = ctx.clock.now();
  const values = inputs.map((input) => {
    const to = [...new Set(input.to.map((address) => address.trim().toLowerCase()).filter(Boolean))];
    if (to.length === 0) throw new Error('queueEmails: aucun destinataire');
    const { organizationId, subject, text, html, origin } = input;
    return { id: newSortableId(), organizationId, to, subject: oneLine(subject), text, html: html ?? null, attachments: [], origin: origin ?? null, status: 'queued' as const, createdAt: now, updatedAt: now };
  });
  for (let i = 0; i < values.length; i += 500) {
    const rows = await insertOutboundEmails(tx, values.slice(i, i + 500));
    if (ctx.config.SMTP_URL) await enqueueJobs(tx, ctx.clock, rows.map(sendJobOf));
  }
  return values.length;
}

const sendJobOf = (email: { id: string; organizationId: string }) => {
  const payload: MailSendPayload = { emailId: email.id };
  return { kind: MAIL_SEND_JOB, organizationId: email.organizationId, payload, maxAttempts: MAIL_SEND_ATTEMPTS };
};

export async function queueSendJob(tx: DbOrTx, ctx: MailCtx, email: { id: string; organizationId: string }) {
  await enqueueJob(tx, ctx.clock, sendJobOf(email));
}

/**
 * At start-up with SMTP_URL: a send job for every queued e-mail that has none (written in
 * embedded mode, or before SMTP was configured). Running it again queues nothing more.
 */
export async function queueUnsentEmails(ctx: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  if (!ctx.config.SMTP_URL) return 0;
  let queued = 0;
  for (;;) {
    const batch = await selectQueuedEmailsWithoutJob(ctx.db, 500);
    if (batch.length === 0) return queued;
    await enqueueJobs(ctx.db, ctx.clock, batch.map(sendJobOf));
    queued += batch.length;
  }
}

/**
 * Where each file is, relative to DATA_DIR when it lies there (the outbox survives a move of the
 * data directory). A report given by id is looked up in the collectivité's reports.
 */
async function storedAttachments(tx: DbOrTx, ctx: MailCtx, organizationId: string, files: AttachmentInput[]): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  for (const file of files) {
    let { storagePath, byteSize } = file;
    if (storagePath === undefined) {
      const report = await findReportFile(tx, { organizationId, id: file.reportId! });
      if (!report) throw new Error(`queueEmail: rapport ${file.reportId} introuvable`);
      storagePath = reportFilePath(ctx.config, report.storageKey);
      byteSize ??= report.byteSize;
    }
    const relative = path.relative(ctx.config.dataDir, storagePath);
    const inside = path.isAbsolute(storagePath) && !relative.startsWith('..') && !path.isAbsolute(relative);
    stored.push({
      fileName: file.fileName,
      contentType: file.contentType,
      storagePath: inside ? relative : storagePath,
      ...(byteSize !== undefined ? { byteSize } : {}),
      ...(file.reportId ? { reportId: file.reportId } : {}),
    });
  }
  return stored;
}

/** Subjects are one header line: newlines would break it (and let a text inject headers). */
const oneLine = (subject: string) => subject.replace(/[\r\n]+/g, ' ').trim().slice(0, 250);
