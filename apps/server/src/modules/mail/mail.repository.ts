import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { OutboundEmailStatus } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { jobs } from '../jobs/job.table.js';
import { reports } from '../reports/report.table.js';
import { outboundEmails, type OutboundEmailRow } from './mail.table.js';

type Scope = { organizationId: string };
export const MAIL_SEND_JOB = 'mail.send';

export async function insertOutboundEmail(db: DbOrTx, values: typeof outboundEmails.$inferInsert) {
  const [row] = await db.insert(outboundEmails).values(values).returning();
  return row as OutboundEmailRow;
}

/** Many outbox rows in one insert (no attachments to resolve). */
export async function insertOutboundEmails(db: DbOrTx, values: (typeof outboundEmails.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(outboundEmails).values(values).returning({ id: outboundEmails.id, organizationId: outboundEmails.organizationId });
}

export async function findOutboundEmail(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(outboundEmails).where(and(eq(outboundEmails.organizationId, organizationId), eq(outboundEmails.id, id)));
  return row;
}

export async function listOutboundEmails(
  db: DbOrTx,
  { organizationId, status, limit, offset }: Scope & { status?: OutboundEmailStatus; limit: number; offset: number },
) {
  const where = and(eq(outboundEmails.organizationId, organizationId), status ? eq(outboundEmails.status, status) : undefined);
  const [rows, [total]] = await Promise.all([
    db.select().from(outboundEmails).where(where).orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(outboundEmails).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Changes a queued e-mail only (a sent one is final); undefined when it was no longer queued. */
export async function updateQueuedEmail(
  db: DbOrTx,
  { organizationId, id }: Scope & { id: string },
  values: Partial<Pick<OutboundEmailRow, 'status' | 'attempts' | 'lastError' | 'messageId' | 'sentAt' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(outboundEmails)
    .set(values)
    .where(and(eq(outboundEmails.organizationId, organizationId), eq(outboundEmails.id, id), eq(outboundEmails.status, 'queued')))
    .returning();
  return row;
}

/** A failed e-mail back in the queue, for one more series of attempts. */
export async function requeueFailedEmail(db: DbOrTx, { organizationId, id }: Scope & { id: string }, updatedAt: Date) {
  const [row] = await db
    .update(outboundEmails)
    .set({ status: 'queued', attempts: 0, updatedAt })
    .where(and(eq(outboundEmails.organizationId, organizationId), eq(outboundEmails.id, id), eq(outboundEmails.status, 'failed')))
    .returning();
  return row;
}

/**
 * Queued e-mails (of every collectivité) that no send job waits for: those written without SMTP,
 * or whose jobs were lost. Start-up queues a job for each, so running it twice queues nothing more.
 */
export async function selectQueuedEmailsWithoutJob(db: DbOrTx, limit: number) {
  return db
    .select({ id: outboundEmails.id, organizationId: outboundEmails.organizationId })
    .from(outboundEmails)
    .where(
      and(
        eq(outboundEmails.status, 'queued'),
        sql`not exists (select 1 from ${jobs} where ${jobs.kind} = ${MAIL_SEND_JOB} and ${jobs.status} in ('queued', 'running') and ${jobs.payload}->>'emailId' = ${outboundEmails.id}::text)`,
      ),
    )
    .orderBy(outboundEmails.createdAt)
    .limit(limit);
}

/** Whether a send job is already waiting for (or running) this e-mail. */
export async function hasPendingSendJob(db: DbOrTx, emailId: string) {
  const rows = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, MAIL_SEND_JOB), sql`${jobs.status} in ('queued', 'running')`, sql`${jobs.payload}->>'emailId' = ${emailId}`))
    .limit(1);
  return rows.length > 0;
}

/** A generated report's file, to attach it by id. */
export async function findReportFile(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db
    .select({ storageKey: reports.storageKey, byteSize: reports.byteSize })
    .from(reports)
    .where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
  return row;
}
