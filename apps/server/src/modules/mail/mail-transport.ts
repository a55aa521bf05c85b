import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { OutboundEmailRow } from './mail.table.js';

/** Short enough that a dead server frees the job runner quickly; the job retries later. */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

export class MailSendError extends Error {}

/** An attachment's file: relative paths are under DATA_DIR (reports, annexes). */
export const attachmentPath = (config: Pick<Config, 'dataDir'>, storagePath: string) =>
  path.isAbsolute(storagePath) ? storagePath : path.join(config.dataDir, storagePath);

/**
 * Hands one e-mail to the SMTP server of SMTP_URL (smtp:// with STARTTLS when offered, smtps://
 * with TLS from the start). Answers the server's Message-ID; throws a French message otherwise.
 */
export async function deliverEmail(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'dataDir'>, email: OutboundEmailRow) {
  if (!config.SMTP_URL) throw new MailSendError('Aucun serveur SMTP configuré (SMTP_URL)');
  for (const file of email.attachments) {
    const where = attachmentPath(config, file.storagePath);
    await access(where).catch(() => {
      throw new MailSendError(`Pièce jointe introuvable : ${file.fileName}`);
    });
  }
  // Loaded with the first e-mail sent, not at start-up (most embedded installs send none).
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(config.SMTP_URL, TIMEOUTS as never);
  try {
    const info = await transport.sendMail({
      from: config.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      ...(email.html ? { html: email.html } : {}),
      attachments: email.attachments.map((file) => ({
        filename: file.fileName,
        contentType: file.contentType,
        content: createReadStream(attachmentPath(config, file.storagePath)),
      })),
    });
    if (info.rejected.length > 0 && info.accepted.length === 0) throw new MailSendError(`Destinataires refusés : ${info.rejected.join(', ')}`);
    return { messageId: info.messageId as string };
  } catch (error) {
    if (error instanceof MailSendError) throw error;
    throw new MailSendError(`Envoi impossible : ${describe(error)}`);
  } finally {
    transport.close();
  }
}

function describe(error: unknown) {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  if (e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message ?? '')) return 'le serveur SMTP refuse la connexion';
  if (e.code === 'ETIMEDOUT' || e.code === 'ETIMEOUT') return 'le serveur SMTP ne répond pas';
  if (e.code === 'EAUTH') return 'identifiants SMTP refusés';
  if (e.responseCode) return `le serveur SMTP a répondu ${e.responseCode} ${e.response ?? ''}`.trim();
  return e.message ?? String(error);
}
