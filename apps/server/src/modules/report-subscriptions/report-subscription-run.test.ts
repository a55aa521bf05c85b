import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, PASSWORD } from '../../../test/factories.js';
import { addPlanMember, createNode, createPlan } from '../../../test/plan-factories.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../../test/test-app.js';
import type { AppContext } from '../../context.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner, retryDelayMs, type JobRunner } from '../jobs/job.runner.js';
import { jobs } from '../jobs/job.table.js';
import { MAIL_SEND_ATTEMPTS } from '../mail/mail.service.js';
import { deadSmtpUrl, startTestSmtp, type TestSmtp } from '../mail/mail.test-smtp.js';
import { queueEmail } from '../mail/mail.service.js';
import { queueSubscriptionsBeforeReview, SUBSCRIPTION_RUN_JOB } from './report-subscription-jobs.js';
import { emailSubscriptionReport, MAX_ATTACHMENT_BYTES } from './report-subscription-run.js';
import { findSubscription } from './report-subscription.repository.js';

let smtp: TestSmtp;
let testApp: TestApp;
let runner: JobRunner;
let admin: Session;
let adminEmail: string;
let organizationId: string;
let manager: { session: Session; id: string; email: string };
let reader: { id: string; email: string };
let planId: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  // Reports are files under DATA_DIR: a directory of this test's own.
  testApp = await createTestApp({ env: { SMTP_URL: smtp.url, DATA_DIR: await mkdtemp(path.join(tmpdir(), 'pilotis-subscriptions-')) } });
  runner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) });
  ({ admin, adminEmail, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
  const plan = await createPlan(admin, { name: 'Plan Climat Air Énergie' });
  planId = plan.id;
  await createNode(admin, planId, 'Mobilités douces');
  manager = await createMember(testApp, admin, { name: 'Gaëlle Gestion' });
  reader = await createMember(testApp, admin, { name: 'Élise Lecture' });
  await addPlanMember(admin, planId, manager.id, 'manager');
});
afterAll(() => smtp.close());

const DAY = 24 * 60 * 60 * 1000;
async function subscribe(body: Record<string, unknown> = {}) {
  const response = await manager.session.request('POST', '/api/report-subscriptions', {
    planId,
    kind: 'plan-progress',
    format: 'pdf',
    schedule: { frequency: 'weekly', weekday: 1, hour: 7 },
    recipients: { userIds: [reader.id], emails: ['conseil@agglo.fr'] },
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().data as { id: string; nextRunAt: string | null; version: number };
}
const subscriptionOf = async (id: string) =>
  (await manager.session.request('GET', `/api/report-subscriptions?planId=${planId}`)).json().data.find((s: { id: string }) => s.id === id);
/** Moves time on; the manager signs in again, as a real one would after days. */
async function travelTo(at: Date | string) {
  testApp.clock.set(at);
  manager.session = await signIn(testApp, manager.email, PASSWORD);
}
const runJobsOf = async (subscriptionId: string) =>
  (await testApp.ctx.db.select().from(jobs).where(and(eq(jobs.kind, SUBSCRIPTION_RUN_JOB), eq(jobs.organizationId, organizationId)))).filter(
    (job) => job.payload.subscriptionId === subscriptionId,
  );
const received = (address: string) => smtp.to(address).length;

describe('sending a subscription', () => {
  it('when due: generates the report as its creator and e-mails it as a PDF to every recipient, then schedules the next week', async () => {
    const subscription = await subscribe();
    await runner.runDue();
    expect(received('conseil@agglo.fr')).toBe(0);

    await travelTo(subscription.nextRunAt!);
    await runner.runDue();
    const [mail] = smtp.to('conseil@agglo.fr');
    expect(mail, 'e-mail received').toBeDefined();
    expect(JSON.stringify(mail!.to)).toContain(reader.email);
    expect(mail!.subject).toMatch(/9 mars 2026$/);
    expect(mail!.text).toContain('Veuillez trouver ci-joint le rapport');
    expect(mail!.text).toContain('Gaëlle Gestion vous a abonné(e) à ce rapport du plan « Plan Climat Air Énergie » (chaque lundi à 7 h)');
    const [pdf] = mail!.attachments;
    expect(pdf!.contentType).toBe('application/pdf');
    const parser = new PDFParse({ data: new Uint8Array(pdf!.content) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain('Plan Climat Air Énergie');

    const after = await subscriptionOf(subscription.id);
    expect(after).toMatchObject({ lastRunAt: subscription.nextRunAt, lastError: null, nextRunAt: new Date(Date.parse(subscription.nextRunAt!) + 7 * DAY).toISOString() });
    expect(after.lastReportId).toEqual(expect.any(String));
    expect((await runJobsOf(subscription.id)).map((job) => job.status).sort()).toEqual(['done', 'queued']);
  });

  it('does nothing for a job queued before the subscription was rescheduled or paused', async () => {
    const subscription = await subscribe({ recipients: { emails: ['reprogramme@agglo.fr'] } });
    const monthly = (await manager.session.request('PATCH', `/api/report-subscriptions/${subscription.id}`, { schedule: { frequency: 'monthly', day: 20, hour: 7 }, version: 1 })).json().data;
    await travelTo(subscription.nextRunAt!);
    await runner.runDue();
    expect(received('reprogramme@agglo.fr')).toBe(0);
    expect((await subscriptionOf(subscription.id)).lastRunAt).toBeNull();

    await manager.session.request('PATCH', `/api/report-subscriptions/${subscription.id}`, { active: false, version: monthly.version });
    await travelTo(monthly.nextRunAt);
    await runner.runDue();
    expect(received('reprogramme@agglo.fr')).toBe(0);
    expect((await runJobsOf(subscription.id)).every((job) => job.status === 'done' && job.result?.skipped)).toBe(true);
  });

  it('« Envoyer maintenant » answers at once while the SMTP server is down; the e-mail is retried, then failed, and the report kept', async () => {
    const subscription = await subscribe({ recipients: { emails: ['panne@agglo.fr'] } });
    const down: AppContext = { ...testApp.ctx, config: { ...testApp.ctx.config, SMTP_URL: await deadSmtpUrl() } };
    const downRunner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(down) });

    const response = await manager.session.request('POST', `/api/report-subscriptions/${subscription.id}/send-now`);
    expect(response.statusCode).toBe(202);
    for (let attempt = 1; attempt <= MAIL_SEND_ATTEMPTS; attempt++) {
      await downRunner.runDue();
      testApp.clock.advance(retryDelayMs(attempt));
    }
    expect((await manager.session.request('GET', `/api/jobs/${response.json().data.jobId}`)).json().data).toMatchObject({ status: 'done' });
    const after = await subscriptionOf(subscription.id);
    expect(after).toMatchObject({ lastError: null, nextRunAt: subscription.nextRunAt });
    expect(after.lastReportId).toEqual(expect.any(String));
    admin = await signIn(testApp, adminEmail, PASSWORD);
    const outbox = (await admin.request('GET', '/api/admin/outbox?status=failed')).json().data;
    expect(outbox.find((item: { to: string[] }) => item.to.includes('panne@agglo.fr'))).toMatchObject({
      status: 'failed',
      attempts: MAIL_SEND_ATTEMPTS,
      lastError: 'Envoi impossible : le serveur SMTP refuse la connexion',
      origin: 'report-subscription',
    });
  });
});

describe('before each review (reviews come with issue 7)', () => {
  it('queues the sending N days before a planned review, once, and sends it then', async () => {
    const subscription = await subscribe({ schedule: { frequency: 'before-review', daysBefore: 3, hour: 8 }, recipients: { emails: ['revue@agglo.fr'] } });
    const plan = async (reviewDate: string) =>
      testApp.ctx.db.transaction((tx) => queueSubscriptionsBeforeReview(tx, testApp.ctx, { organizationId, planId, reviewDate }));
    // Planned on 2 March (the clock of the first test may have moved: the review is 30 days ahead of it).
    const reviewDate = new Date(testApp.clock.now().getTime() + 30 * DAY).toISOString().slice(0, 10);
    expect(await plan(reviewDate)).toBeGreaterThanOrEqual(1);
    await plan(reviewDate);
    const queued = await runJobsOf(subscription.id);
    expect(queued).toHaveLength(1);
    const due = queued[0]!.runAt;
    expect(new Date(due.getTime() + 3 * DAY).toISOString().slice(0, 10)).toBe(reviewDate);
    expect(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric' }).format(due)).toBe('08 h');
    expect((await subscriptionOf(subscription.id)).nextRunAt).toBe(due.toISOString());

    await travelTo(due);
    await runner.runDue();
    expect(received('revue@agglo.fr')).toBe(1);
    expect((await subscriptionOf(subscription.id)).nextRunAt).toBeNull();
  });

  it('moves an announced review’s sending when the delay changes; the old job does nothing', async () => {
    const subscription = await subscribe({ schedule: { frequency: 'before-review', daysBefore: 7, hour: 7 }, recipients: { emails: ['decale@agglo.fr'] } });
    const reviewDate = new Date(testApp.clock.now().getTime() + 20 * DAY).toISOString().slice(0, 10);
    await testApp.ctx.db.transaction((tx) => queueSubscriptionsBeforeReview(tx, testApp.ctx, { organizationId, planId, reviewDate }));
    const before = (await subscriptionOf(subscription.id)).nextRunAt as string;

    const changed = await manager.session.request('PATCH', `/api/report-subscriptions/${subscription.id}`, { schedule: { frequency: 'before-review', daysBefore: 2, hour: 7 }, version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = changed.json().data.nextRunAt as string;
    expect(Date.parse(after) - Date.parse(before)).toBe(5 * DAY);

    await travelTo(before);
    await runner.runDue();
    expect(received('decale@agglo.fr')).toBe(0);
    await travelTo(after);
    await runner.runDue();
    expect(received('decale@agglo.fr')).toBe(1);
  });
});

describe('the e-mail of a report', () => {
  it('links to « Rapports » instead of attaching a report over 10 Mo', async () => {
    const subscription = await subscribe({ recipients: { emails: ['gros@agglo.fr'] } });
    const row = (await findSubscription(testApp.ctx.db, { organizationId, id: subscription.id }))!;
    const big = { reportId: crypto.randomUUID(), fileName: 'gros.pdf', filePath: '/nulle-part/gros.pdf', contentType: 'application/pdf', byteSize: MAX_ATTACHMENT_BYTES + 1, title: 'Recueil des fiches actions — Plan Climat Air Énergie' };
    await testApp.ctx.db.transaction((tx) => emailSubscriptionReport(tx, testApp.ctx, row, big));
    await runner.runDue();
    const [mail] = smtp.to('gros@agglo.fr');
    expect(mail!.attachments).toEqual([]);
    expect(mail!.text).toContain('pèse 10 Mo : trop pour être joint à ce message');
    expect(mail!.text).toContain('https://pilotis.test/rapports');
    expect(mail!.html).toContain('href="https://pilotis.test/rapports"');
  });

  it('attaches a generated report given by its id', async () => {
    const subscription = await subscribe({ recipients: { emails: ['par-id@agglo.fr'] } });
    const send = await manager.session.request('POST', `/api/report-subscriptions/${subscription.id}/send-now`);
    expect(send.statusCode).toBe(202);
    await runner.runDue();
    const { lastReportId } = await subscriptionOf(subscription.id);
    await testApp.ctx.db.transaction((tx) =>
      queueEmail(tx, testApp.ctx, { organizationId, to: ['archives@agglo.fr'], subject: 'Archive', text: 'Ci-joint.', attachments: [{ reportId: lastReportId, fileName: 'rapport.pdf', contentType: 'application/pdf' }] }),
    );
    await runner.runDue();
    const [archived] = smtp.to('archives@agglo.fr');
    const [sent] = smtp.to('par-id@agglo.fr');
    expect(archived!.attachments[0]!.content.equals(sent!.attachments[0]!.content)).toBe(true);
  });
});
