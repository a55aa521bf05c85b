import type { OutboundEmailStatus } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, notFound } from '../../http/errors.js';
import { abilities, authorize } from '../../policies/index.js';
import { presentOutboxEmail, presentOutboxItem } from './mail.presenter.js';
import { findOutboundEmail, hasPendingSendJob, listOutboundEmails, requeueFailedEmail } from './mail.repository.js';
import { queueSendJob } from './mail.service.js';
import type { OutboundEmailRow } from './mail.table.js';

export async function listOutbox(ctx: AppContext, actor: MemberActor, query: { status?: OutboundEmailStatus; page: number; pageSize: number }) {
  authorize(actor, 'outbox.read', scopeOf(actor));
  const { rows, total } = await listOutboundEmails(ctx.db, { ...scopeOf(actor), status: query.status, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return {
    data: rows.map(presentOutboxItem),
    page: { page: query.page, pageSize: query.pageSize, total },
    smtpConfigured: Boolean(ctx.config.SMTP_URL),
  };
}

export async function readOutboxEmail(ctx: AppContext, actor: MemberActor, id: string) {
  authorize(actor, 'outbox.read', scopeOf(actor));
  return presentWithAbilities(actor, await loadEmail(ctx, actor, id));
}

/**
 * « Renvoyer »: a failed e-mail goes back to the queue with fresh attempts; a queued one whose
 * send job was lost gets a new one. Without SMTP the e-mail simply waits in the queue.
 */
export async function retryOutboxEmail(ctx: AppContext, actor: MemberActor, id: string) {
  authorize(actor, 'outbox.retry', scopeOf(actor));
  const current = await loadEmail(ctx, actor, id);
  if (current.status === 'sent') throw conflict('Ce message a déjà été envoyé');
  const row = await ctx.db.transaction(async (tx) => {
    const queued = current.status === 'failed' ? await requeueFailedEmail(tx, { ...scopeOf(actor), id }, ctx.clock.now()) : current;
    if (!queued) throw conflict();
    if (ctx.config.SMTP_URL && !(await hasPendingSendJob(tx, id))) await queueSendJob(tx, ctx, queued);
    return queued;
  });
  return presentWithAbilities(actor, row);
}

async function loadEmail(ctx: AppContext, actor: MemberActor, id: string) {
  const row = await findOutboundEmail(ctx.db, { ...scopeOf(actor), id });
  if (!row) throw notFound('Message');
  return row;
}

function presentWithAbilities(actor: MemberActor, row: OutboundEmailRow) {
  return { data: presentOutboxEmail(row), can: { retry: abilities(actor, ['outbox.retry'], scopeOf(actor)).retry! && row.status !== 'sent' } };
}
