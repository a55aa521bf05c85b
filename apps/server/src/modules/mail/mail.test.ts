import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { parseConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner, retryDelayMs } from '../jobs/job.runner.js';
import { jobs } from '../jobs/job.table.js';
import { composeEmail } from './mail-content.js';
import { MAIL_SEND_ATTEMPTS, MAIL_SEND_JOB, queueEmail, queueUnsentEmails, type QueueEmailInput } from './mail.service.js';
import { deadSmtpUrl, startTestSmtp, type TestSmtp } from './mail.test-smtp.js';

let smtp: TestSmtp;
/** The same database seen by a server without SMTP (embedded mode) and by one with SMTP_URL. */
let embedded: TestApp;
let withSmtp: AppContext;
let admin: Session;
let organizationId: string;
let attachmentFile: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  embedded = await createTestApp();
  withSmtp = { ...embedded.ctx, config: parseConfig({ PILOTIS_DEMO: '0', SMTP_URL: smtp.url, MAIL_FROM: 'Ville de Brest <pilotage@brest.fr>' }) };
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(embedded));
  const dir = await mkdtemp(path.join(tmpdir(), 'pilotis-mail-'));
  attachmentFile = path.join(dir, 'rapport.pdf');
  await writeFile(attachmentFile, '%PDF-1.4 rapport de test');
});
afterAll(() => smtp.close());

const runnerFor = (ctx: AppContext) => createJobRunner({ db: ctx.db, clock: embedded.clock, handlers: jobHandlers(ctx) });
const message = (overrides: Partial<QueueEmailInput> = {}): QueueEmailInput => ({
  organizationId,
  to: [`elu-${Math.random().toString(36).slice(2, 8)}@brest.fr`],
  subject: 'Rapport d’avancement — Plan climat : élus et sécurité à l’été',
  ...composeEmail({ paragraphs: ['Veuillez trouver ci-joint le rapport « Plan climat ».'] }),
  origin: 'test',
  ...overrides,
});
const queue = (ctx: AppContext, input: QueueEmailInput) => ctx.db.transaction((tx) => queueEmail(tx, ctx, input));
const sendJobsOf = async (emailId: string) =>
  (await embedded.ctx.db.select().from(jobs).where(eq(jobs.kind, MAIL_SEND_JOB))).filter((job) => job.payload.emailId === emailId);
const outboxItem = async (id: string) => (await admin.request('GET', `/api/admin/outbox/${id}`)).json();

describe('without SMTP (embedded mode)', () => {
  it('keeps the e-mail queued in the outbox, readable by admins, and sends it once the server starts with SMTP', async () => {
    const email = await queue(embedded.ctx, message({ attachments: [{ fileName: 'rapport-été.pdf', contentType: 'application/pdf', storagePath: attachmentFile, byteSize: 24 }] }));
    expect(await sendJobsOf(email.id)).toEqual([]);
    await runnerFor(embedded.ctx).runDue();

    const list = await admin.request('GET', '/api/admin/outbox?status=queued');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ smtpConfigured: false, page: { page: 1, pageSize: 50, total: 1 } });
    expect(list.json().data[0]).toMatchObject({ id: email.id, status: 'queued', subject: email.subject, to: email.to, attachmentCount: 1, sentAt: null });
    const detail = await outboxItem(email.id);
    expect(detail.data).toMatchObject({ text: expect.stringContaining('Plan climat'), attachments: [{ fileName: 'rapport-été.pdf', contentType: 'application/pdf', byteSize: 24 }] });
    expect(JSON.stringify(detail)).not.toContain(attachmentFile);

    // The server restarts with SMTP_URL: one send job per waiting e-mail, however often it starts.
    expect(await queueUnsentEmails(withSmtp)).toBe(1);
    expect(await queueUnsentEmails(withSmtp)).toBe(0);
    await runnerFor(withSmtp).runDue();

    const [received] = smtp.to(email.to[0]!);
    expect(received!.subject).toBe('Rapport d’avancement — Plan climat : élus et sécurité à l’été');
    expect(received!.from!.text).toContain('pilotage@brest.fr');
    expect(received!.text).toContain('Veuillez trouver ci-joint le rapport « Plan climat ».');
    expect(received!.html).toContain('« Plan climat »');
    expect(received!.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([['rapport-été.pdf', 'application/pdf', '%PDF-1.4 rapport de test']]);
    expect((await outboxItem(email.id)).data).toMatchObject({ status: 'sent', attempts: 1, sentAt: embedded.clock.now().toISOString(), messageId: expect.any(String) });
  });
});

describe('with SMTP', () => {
  it('queues a send job in the caller’s transaction, and sends the e-mail once', async () => {
    const email = await queue(withSmtp, message({ to: ['Premier@Brest.fr', 'second@brest.fr', 'premier@brest.fr'] }));
    expect(email.to).toEqual(['premier@brest.fr', 'second@brest.fr']);
    expect(await sendJobsOf(email.id)).toHaveLength(1);
    await runnerFor(withSmtp).runDue();
    expect(smtp.to('second@brest.fr')).toHaveLength(1);
    expect((await outboxItem(email.id)).data.status).toBe('sent');
    expect(await queueUnsentEmails(withSmtp)).toBe(0);
  });

  it('writes nothing when the caller’s transaction fails', async () => {
    const to = 'annule@brest.fr';
    await expect(
      withSmtp.db.transaction(async (tx) => {
        await queueEmail(tx, withSmtp, message({ to: [to] }));
        throw new Error('action annulée');
      }),
    ).rejects.toThrow('action annulée');
    const list = (await admin.request('GET', '/api/admin/outbox?pageSize=200')).json().data;
    expect(list.filter((item: { to: string[] }) => item.to.includes(to))).toEqual([]);
  });

  it('retries while the SMTP server is down, then marks the e-mail failed with the error; an admin sends it again', async () => {
    // A server configured with SMTP_URL, whose SMTP server is down for a while.
    const app = await createTestApp({ env: { SMTP_URL: smtp.url } });
    const { admin: own, organization } = await createOrganizationWithAdmin(app);
    const down = { ...app.ctx, config: { ...app.ctx.config, SMTP_URL: await deadSmtpUrl() } };
    const email = await queue(down, message({ organizationId: organization.id }));
    const read = async () => (await own.request('GET', `/api/admin/outbox/${email.id}`)).json();
    const runner = createJobRunner({ db: app.ctx.db, clock: app.clock, handlers: jobHandlers(down) });
    for (let attempt = 1; attempt <= MAIL_SEND_ATTEMPTS; attempt++) {
      expect(await runner.runDue()).toBe(1);
      const item = (await read()).data;
      expect(item).toMatchObject({ attempts: attempt, lastError: 'Envoi impossible : le serveur SMTP refuse la connexion' });
      expect(item.status).toBe(attempt < MAIL_SEND_ATTEMPTS ? 'queued' : 'failed');
      app.clock.advance(retryDelayMs(attempt));
    }
    expect(await runner.runDue()).toBe(0);
    const failed = await own.request('GET', '/api/admin/outbox?status=failed');
    expect(failed.json()).toMatchObject({ smtpConfigured: true, data: [{ id: email.id, status: 'failed' }] });
    expect((await read()).can).toEqual({ retry: true });

    // The SMTP server is back: « Renvoyer ».
    const retried = await own.request('POST', `/api/admin/outbox/${email.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().data).toMatchObject({ status: 'queued', attempts: 0 });
    await createJobRunner({ db: app.ctx.db, clock: app.clock, handlers: jobHandlers(app.ctx) }).runDue();
    expect(smtp.to(email.to[0]!)).toHaveLength(1);
    expect((await read())).toMatchObject({ data: { status: 'sent', lastError: null, attempts: 1 }, can: { retry: false } });
    expect((await own.request('POST', `/api/admin/outbox/${email.id}/retry`)).statusCode).toBe(409);
  });
});

describe('outbox rights', () => {
  it('is for the collectivité’s admins only: a member is refused, another collectivité finds nothing', async () => {
    const email = await queue(embedded.ctx, message());
    const member = await createMember(embedded, admin);
    expect((await member.session.request('GET', '/api/admin/outbox')).statusCode).toBe(403);
    expect((await member.session.request('GET', `/api/admin/outbox/${email.id}`)).statusCode).toBe(403);
    expect((await member.session.request('POST', `/api/admin/outbox/${email.id}/retry`)).statusCode).toBe(403);

    const other = await createOrganizationWithAdmin(embedded);
    expect((await other.admin.request('GET', `/api/admin/outbox/${email.id}`)).statusCode).toBe(404);
    expect((await other.admin.request('POST', `/api/admin/outbox/${email.id}/retry`)).statusCode).toBe(404);
    expect((await other.admin.request('GET', '/api/admin/outbox')).json().data).toEqual([]);
  });

  it('pages the list, newest first', async () => {
    const { admin: own, organization } = await createOrganizationWithAdmin(embedded);
    for (let i = 1; i <= 3; i++) {
      await queue(embedded.ctx, message({ organizationId: organization.id, subject: `Message ${i}` }));
      embedded.clock.advance(1000);
    }
    const page = (await own.request('GET', '/api/admin/outbox?pageSize=2&page=2')).json();
    expect(page.page).toEqual({ page: 2, pageSize: 2, total: 3 });
    expect(page.data.map((item: { subject: string }) => item.subject)).toEqual(['Message 1']);
    const rows = await embedded.ctx.db.select().from(jobs).where(and(eq(jobs.kind, MAIL_SEND_JOB), eq(jobs.organizationId, organization.id)));
    expect(rows).toEqual([]);
  });
});
