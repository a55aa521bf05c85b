import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAction, createActionCast } from '../../../test/action-factories.js';
import { createIndicator, createIndicatorCast, putMeasures } from '../../../test/indicator-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { parseConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner } from '../jobs/job.runner.js';
import { jobs } from '../jobs/job.table.js';
import { startTestSmtp, type TestSmtp } from '../mail/mail.test-smtp.js';
import { ensureDailyNoticesScheduled, NOTIFICATION_DAILY_JOB, nextDailyNoticesAt } from './notification-daily.js';
import { ensureDigestScheduled } from './notification-digest.js';
import { sendLateActionNotices } from './late-action-notices.js';

let smtp: TestSmtp;
let testApp: TestApp;
let ctx: AppContext;
let cast: Awaited<ReturnType<typeof createActionCast>>;

beforeAll(async () => {
  smtp = await startTestSmtp();
  // Sessions outlive the weeks the clock moves through here.
  const env = { SESSION_TTL_HOURS: String(24 * 90) };
  testApp = await createTestApp({ env });
  ctx = { ...testApp.ctx, config: parseConfig({ PILOTIS_DEMO: '0', PUBLIC_URL: 'https://pilotis.test', SMTP_URL: smtp.url, ...env }) };
  cast = await createActionCast(testApp);
}, 180_000);
afterAll(() => smtp.close());

type Item = { kind: string; title: string; body: string; link: string | null; entityId: string | null };
const noticesOf = async (session: Session, kind: string): Promise<Item[]> =>
  ((await session.request('GET', '/api/notifications?pageSize=100')).json().data as Item[]).filter((n) => n.kind === kind);
const subjectsTo = (address: string) => smtp.to(address).map((m) => m.subject ?? '');
/** Moves the clock to `at` and runs what is due: the daily notices, then the e-mails they queued. */
async function runAt(at: string) {
  await ensureDailyNoticesScheduled(ctx); // as at start-up (done already unless this test runs alone)
  testApp.clock.set(new Date(at));
  const runner = createJobRunner({ db: ctx.db, clock: testApp.clock, handlers: jobHandlers(ctx) });
  await runner.runDue();
  await runner.runDue();
}

describe('the daily notices job', () => {
  it('is queued at start for 8 h Paris, once, and queues itself again for the next day', async () => {
    expect(await ensureDailyNoticesScheduled(ctx)).toBe(true);
    expect(await ensureDailyNoticesScheduled(ctx)).toBe(false);
    const queued = () => ctx.db.select().from(jobs).where(and(eq(jobs.kind, NOTIFICATION_DAILY_JOB), eq(jobs.status, 'queued')));
    const [first] = await queued();
    expect(first!.runAt.toISOString()).toBe('2026-03-03T07:00:00.000Z'); // 8 h in Paris, winter time
    await runAt('2026-03-03T07:00:00.000Z');
    const next = await queued();
    expect(next.map((job) => job.runAt.toISOString())).toEqual(['2026-03-04T07:00:00.000Z']);
    expect(nextDailyNoticesAt(new Date('2026-07-10T06:00:00Z')).toISOString()).toBe('2026-07-11T06:00:00.000Z'); // summer time
  });
});

describe('one of my actions became late', () => {
  it('tells the pilot and co-pilots once when the end date passes, never for a done fiche, and again only in a new episode', async () => {
    const { admin, plan, pilot, copilot, statuses } = cast;
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Rénover le gymnase', endsOn: '2026-03-04', pilotId: pilot.id, copilotIds: [copilot.id] });
    const done = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Fiche terminée', endsOn: '2026-03-03', pilotId: pilot.id, statusId: statuses['Terminé'] });

    await runAt('2026-03-04T07:00:00.000Z'); // the end date is today: not late yet
    expect(await noticesOf(pilot.session, 'action.late')).toEqual([]);

    await runAt('2026-03-05T07:00:00.000Z');
    const [notice] = await noticesOf(pilot.session, 'action.late');
    expect(notice).toMatchObject({ title: '« Rénover le gymnase » est en retard', link: `/actions/${action.id}`, entityId: action.id });
    expect(notice!.body).toContain('la date de fin prévue, le 4 mars 2026, est passée');
    expect((await noticesOf(copilot.session, 'action.late')).map((n) => n.title)).toEqual(['« Rénover le gymnase » est en retard']);
    expect(subjectsTo(pilot.email)).toContain('« Rénover le gymnase » est en retard');
    expect(subjectsTo(copilot.email)).toContain('« Rénover le gymnase » est en retard');
    expect(subjectsTo(pilot.email).filter((s) => s.includes('Fiche terminée'))).toEqual([]);
    expect((await noticesOf(pilot.session, 'action.late')).map((n) => n.entityId)).not.toContain(done.id);

    // The same day again, the next day, and when a milestone passes too: the same episode.
    expect(await sendLateActionNotices(ctx)).toBe(0);
    const milestone = await admin.request('POST', `/api/actions/${action.id}/milestones`, { title: 'Choix de l’entreprise', dueOn: '2026-03-05' });
    expect(milestone.statusCode, milestone.body).toBe(201);
    await runAt('2026-03-06T07:00:00.000Z');
    expect(await noticesOf(pilot.session, 'action.late')).toHaveLength(1);
    expect(subjectsTo(pilot.email).filter((s) => s.includes('Rénover le gymnase'))).toHaveLength(1);

    // No longer late (end date moved, milestone reached), then the new end date passes: a new episode.
    const current = (await admin.request('GET', `/api/actions/${action.id}`)).json().data;
    expect((await admin.request('PATCH', `/api/actions/${action.id}`, { version: current.version, endsOn: '2026-03-09' })).statusCode).toBe(200);
    const m = milestone.json().data;
    expect((await admin.request('PATCH', `/api/milestones/${m.id}`, { version: m.version, doneOn: '2026-03-06' })).statusCode).toBe(200);
    await runAt('2026-03-07T07:00:00.000Z');
    expect(await noticesOf(pilot.session, 'action.late')).toHaveLength(1);
    await runAt('2026-03-10T07:00:00.000Z');
    const notices = await noticesOf(pilot.session, 'action.late');
    expect(notices).toHaveLength(2);
    expect(notices[0]!.body).toContain('le 9 mars 2026');
  });

  it('tells about a milestone passed; respects « off » (no e-mail) and « digest » (in the next morning digest)', async () => {
    const { admin, plan, unitMember, member } = cast;
    expect((await unitMember.session.request('PATCH', '/api/me/notification-settings', { 'action.late': 'off' })).statusCode).toBe(200);
    expect((await member.session.request('PATCH', '/api/me/notification-settings', { 'action.late': 'digest' })).statusCode).toBe(200);
    const action = await createAction(admin, { nodeId: plan.nodeIds['2']!, title: 'Piste cyclable', endsOn: '2026-12-31', pilotId: member.id, copilotIds: [unitMember.id] });
    expect((await admin.request('POST', `/api/actions/${action.id}/milestones`, { title: 'Études', dueOn: '2026-03-10' })).statusCode).toBe(201);
    await ensureDigestScheduled(ctx);

    await runAt('2026-03-11T07:00:00.000Z');
    const [notice] = await noticesOf(member.session, 'action.late');
    expect(notice!.body).toContain('le jalon « Études » prévu le 10 mars 2026 n’est pas atteint');
    expect(await noticesOf(unitMember.session, 'action.late')).toHaveLength(1); // in Pilotis always
    const lateMails = (address: string) => smtp.to(address).filter((m) => `${m.subject} ${m.text}`.includes('« Piste cyclable » est en retard'));
    expect(lateMails(member.email)).toEqual([]);

    await runAt('2026-03-12T06:00:00.000Z'); // 7 h Paris: the digest
    const digest = smtp.to(member.email).find((m) => m.subject?.startsWith('Pilotis :'));
    expect(digest?.text).toContain('« Piste cyclable » est en retard');
    expect(lateMails(member.email)).toHaveLength(1);
    expect(lateMails(unitMember.email)).toEqual([]);
  });
});

describe('a measure is due', () => {
  it('tells the pilots of an indicator whose last completed period has no measure, once per period', async () => {
    const ind = await createIndicatorCast(testApp);
    const { admin, pilot, directionMember, serviceMember, direction } = ind;
    const piloted = await createIndicator(admin, { code: 'DECHETS', name: 'Tonnage de déchets', periodicity: 'monthly', pilotIds: [pilot.id], ownerOrgUnitId: direction.id });
    const unpiloted = await createIndicator(admin, { code: 'PROPRETE', name: 'Propreté des rues', periodicity: 'monthly', ownerOrgUnitId: direction.id });
    const measured = await createIndicator(admin, { code: 'EAU', name: 'Consommation d’eau', periodicity: 'monthly', pilotIds: [pilot.id] });
    await putMeasures(admin, measured.id, [{ period: '2026-02', value: 12 }]);

    await runAt('2026-03-13T07:00:00.000Z');
    const told = await noticesOf(pilot.session, 'measure.due');
    expect(told.map((n) => n.title)).toEqual(['Mesure à saisir : DECHETS (février 2026)']);
    expect(told[0]).toMatchObject({ entityId: piloted.id, link: `/indicateurs/${piloted.id}` });
    expect(subjectsTo(pilot.email)).toContain('Mesure à saisir : DECHETS (février 2026)');
    // Without a pilot: the members of its owner unit (not of the units below it).
    expect((await noticesOf(directionMember.session, 'measure.due')).map((n) => n.entityId)).toEqual([unpiloted.id]);
    expect(await noticesOf(serviceMember.session, 'measure.due')).toEqual([]);
    expect(await noticesOf(ind.other.admin, 'measure.due')).toEqual([]);

    await runAt('2026-03-14T07:00:00.000Z');
    expect(await noticesOf(pilot.session, 'measure.due')).toHaveLength(1);
    expect(subjectsTo(pilot.email).filter((s) => s.startsWith('Mesure à saisir'))).toHaveLength(1);

    // March ends: March is due now, for both indicators the pilot pilots.
    await runAt('2026-04-01T06:00:00.000Z');
    expect((await noticesOf(pilot.session, 'measure.due')).map((n) => n.title).sort()).toEqual([
      'Mesure à saisir : DECHETS (février 2026)',
      'Mesure à saisir : DECHETS (mars 2026)',
      'Mesure à saisir : EAU (mars 2026)',
    ]);
  });
});
