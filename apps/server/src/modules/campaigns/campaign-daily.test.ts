import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner, type JobRunner } from '../jobs/job.runner.js';
import { jobs } from '../jobs/job.table.js';
import { startTestSmtp, type TestSmtp } from '../mail/mail.test-smtp.js';
import { CAMPAIGN_DAILY_JOB, nextCampaignDayAt, runCampaignDay } from './campaign-daily.js';
import { createCampaignCast, notificationTitles, openCampaign, readCampaign, travel, type CampaignCast } from './campaign-cast.test-helpers.js';

let smtp: TestSmtp;
let testApp: TestApp;
let runner: JobRunner;
let cast: CampaignCast;

beforeAll(async () => {
  smtp = await startTestSmtp();
  testApp = await createTestApp({ env: { SMTP_URL: smtp.url } });
  runner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) });
  cast = await createCampaignCast(testApp);
}, 240_000);
afterAll(() => smtp.close());

const people = () => [cast.manager, cast.pilot, cast.member];
const reminders = (session: typeof cast.pilot.session) => notificationTitles(session, 'campaign.reminder');

describe('the daily campaign job (8 h, Paris time)', () => {
  it('is queued with the first campaign for the next 8 h in Paris', async () => {
    expect(nextCampaignDayAt(new Date('2026-03-02T09:00:00Z')).toISOString()).toBe('2026-03-03T07:00:00.000Z');
    expect(nextCampaignDayAt(new Date('2026-07-01T05:00:00Z')).toISOString()).toBe('2026-07-01T06:00:00.000Z');
  });

  it('reminds those not done N days before the deadline and the day after it, each once, never those done', async () => {
    testApp.clock.set('2026-03-02T09:00:00Z');
    const campaign = await openCampaign(cast.manager.session, { title: 'Point de mars', scope: { planId: cast.plan.planId }, deadline: '2026-03-10' });
    const queued = await testApp.ctx.db.select().from(jobs).where(and(eq(jobs.kind, CAMPAIGN_DAILY_JOB), eq(jobs.status, 'queued')));
    expect(queued.map((job) => job.runAt.toISOString())).toEqual(['2026-03-03T07:00:00.000Z']);

    await travel(testApp, '2026-03-07T07:00:00Z', people());
    await runner.runDue();
    expect(await reminders(cast.member.session)).toEqual([]);

    await cast.pilot.session.request('POST', `/api/actions/${cast.fiches.schools.id}/log`, { body: 'Mis à jour' });
    await travel(testApp, '2026-03-08T07:00:00Z', people());
    await runner.runDue();
    expect(await reminders(cast.member.session)).toEqual(['Rappel : Point de mars, à mettre à jour avant le 10 mars 2026']);
    expect(await reminders(cast.pilot.session)).toEqual([]);
    await runCampaignDay(testApp.ctx);
    await travel(testApp, '2026-03-10T07:00:00Z', people());
    await runner.runDue();
    expect(await reminders(cast.member.session)).toHaveLength(1);
    expect((await readCampaign(cast.manager.session, campaign.id)).round.late).toBe(false);

    await travel(testApp, '2026-03-11T07:00:00Z', people());
    await runner.runDue();
    await runCampaignDay(testApp.ctx);
    expect(await reminders(cast.member.session)).toEqual([
      'En retard : Point de mars (échéance du 10 mars 2026 passée)',
      'Rappel : Point de mars, à mettre à jour avant le 10 mars 2026',
    ]);
    expect(await reminders(cast.pilot.session)).toEqual([]);
    const late = await readCampaign(cast.manager.session, campaign.id);
    expect(late.round.late).toBe(true);
    expect(late.recipientList.filter((r) => r.late).map((r) => r.name)).toEqual(['Martin Membre']);
    expect(smtp.to(cast.member.email).map((mail) => mail.subject)).toContain('En retard : Point de mars (échéance du 10 mars 2026 passée)');
    await cast.manager.session.request('POST', `/api/campaigns/${campaign.id}/close`);
  });

  it('opens the next round of a recurring campaign when the deadline passes: same scope, deadline N weeks later, updates counted anew', async () => {
    await travel(testApp, '2026-03-16T09:00:00Z', people());
    const campaign = await openCampaign(cast.manager.session, { title: 'Point bimensuel', scope: { planId: cast.plan.planId }, deadline: '2026-03-20', recurrenceWeeks: 2 });
    await cast.member.session.request('POST', `/api/actions/${cast.fiches.bikes.id}/log`, { body: 'Avancement' });
    expect((await readCampaign(cast.manager.session, campaign.id)).recipientList.find((r) => r.name === 'Martin Membre')!.done).toBe(true);

    await travel(testApp, '2026-03-21T07:00:00Z', people());
    await runCampaignDay(testApp.ctx);
    await runCampaignDay(testApp.ctx);
    const next = await readCampaign(cast.manager.session, campaign.id);
    expect(next.round).toMatchObject({ number: 2, deadline: '2026-04-03', late: false });
    expect(next.recipientList.map((r) => [r.name, r.done])).toEqual([['Martin Membre', false], ['Paule Pilote', false]]);
    expect((await notificationTitles(cast.member.session, 'campaign.opened')).filter((t) => t === 'Mise à jour demandée : Point bimensuel')).toHaveLength(2);
  });
});
