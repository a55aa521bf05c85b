import type { AppContext } from '../../context.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { deliverEmail } from './mail-transport.js';
import { findOutboundEmail, updateQueuedEmail } from './mail.repository.js';
import type { MailSendPayload } from './mail.service.js';

/**
 * Sends one queued e-mail. A failure is written on the e-mail and thrown, so the runner retries;
 * after the last attempt the e-mail is `failed` with the error, for an admin to read and retry.
 */
export function mailSendHandler(ctx: AppContext): JobHandler {
  return async (job) => {
    const { emailId } = job.payload as MailSendPayload;
    const organizationId = job.organizationId;
    if (!organizationId) return { skipped: 'sans collectivité' };
    const email = await findOutboundEmail(ctx.db, { organizationId, id: emailId });
    if (!email || email.status !== 'queued') return { skipped: 'message déjà envoyé, abandonné ou supprimé' };
    const scope = { organizationId, id: emailId };
    try {
      const { messageId } = await deliverEmail(ctx.config, email);
      const now = ctx.clock.now();
      await updateQueuedEmail(ctx.db, scope, { status: 'sent', messageId, sentAt: now, attempts: email.attempts + 1, lastError: null, updatedAt: now });
      return { messageId };
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      const lastAttempt = job.attempts >= job.maxAttempts;
      await updateQueuedEmail(ctx.db, scope, { attempts: email.attempts + 1, lastError, updatedAt: ctx.clock.now(), ...(lastAttempt ? { status: 'failed' } : {}) });
      throw error;
    }
  };
}
