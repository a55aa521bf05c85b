import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { parseConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner } from '../jobs/job.runner.js';
import { jobs } from '../jobs/job.table.js';
import { startTestSmtp, type TestSmtp } from '../mail/mail.test-smtp.js';
import { ensureDigestScheduled, NOTIFICATION_DIGEST_JOB, nextDigestAt, sendDigests } from './notification-digest.js';
import { notifications } from './notification.table.js';
import { notify, type NotifyInput } from './notify.js';

let smtp: TestSmtp;
let testApp: TestApp;
let ctx: AppContext;
let admin: Session;
let organizationId: string;
type Member = { session: Session; email: string; id: string };
let pilot: Member;
let reader: Member;
let quiet: Member;
let outsider: Member;

beforeAll(async () => {
  smtp = await startTestSmtp();
  testApp = await createTestApp();
  ctx = { ...testApp.ctx, config: parseConfig({ PILOTIS_DEMO: '0', PUBLIC_URL: 'https://pilotis.test', SMTP_URL: smtp.url }) };
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
  pilot = await createMember(testApp, admin, { name: 'Paula Pilote' });
  reader = await createMember(testApp, admin, { name: 'Rémi Résumé' });
  quiet = await createMember(testApp, admin, { name: 'Sarah Silence' });
  const other = await createOrganizationWithAdmin(testApp);
  outsider = await createMember(testApp, other.admin, { name: 'Oscar Ailleurs' });
}, 180_000);
afterAll(() => smtp.close());

const runner = () => createJobRunner({ db: ctx.db, clock: testApp.clock, handlers: jobHandlers(ctx) });
const input = (overrides: Partial<NotifyInput> = {}): NotifyInput => ({
  organizationId,
  userIds: [pilot.id],
  kind: 'action.assigned',
  entityType: 'action',
  entityId: null,
  title: 'Vous êtes pilote de « Rénover les écoles »',
  body: 'Admin Test vous a nommé pilote de l’action « Rénover les écoles ».',
  link: '/actions/123',
  ...overrides,
});
const subjectsTo = (address: string) => smtp.to(address).map((m) => m.subject);
const digestsTo = (address: string) => smtp.to(address).filter((m) => m.subject?.startsWith('Pilotis :'));
const send = (value: NotifyInput) => ctx.db.transaction((tx) => notify(tx, ctx, value));
const listOf = async (session: Session, query = '') => {
  const response = await session.request('GET', `/api/notifications${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('notification centre', () => {
  it('lists my notifications newest first with the unread count, pages them, and marks them read', async () => {
    for (const n of [1, 2, 3]) {
      await send(input({ title: `Notification ${n}`, userIds: [quiet.id] }));
      testApp.clock.advance(60_000);
    }
    const first = await listOf(quiet.session, '?pageSize=2');
    expect(first.unreadCount).toBe(3);
    expect(first.page).toEqual({ page: 1, pageSize: 2, total: 3 });
    expect(first.data.map((n: { title: string }) => n.title)).toEqual(['Notification 3', 'Notification 2']);
    expect(first.data[0]).toMatchObject({ kind: 'action.assigned', link: '/actions/123', readAt: null });

    const read = await quiet.session.request('POST', `/api/notifications/${first.data[0].id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ unreadCount: 2, data: { id: first.data[0].id } });
    expect(read.json().data.readAt).not.toBeNull();
    expect((await listOf(quiet.session, '?unread=true')).data.map((n: { title: string }) => n.title)).toEqual(['Notification 2', 'Notification 1']);

    const all = await quiet.session.request('POST', '/api/notifications/read-all');
    expect(all.json()).toEqual({ data: { marked: 2 }, unreadCount: 0 });
    expect((await listOf(quiet.session)).unreadCount).toBe(0);
  });

  it("hides someone else's notification (404), even from an admin, and tells only members of the collectivité", async () => {
    await send(input({ userIds: [reader.id, outsider.id], title: 'Pour Rémi seulement' }));
    const [mine] = (await listOf(reader.session)).data;
    expect(mine.title).toBe('Pour Rémi seulement');
    expect((await admin.request('POST', `/api/notifications/${mine.id}/read`)).statusCode).toBe(404);
    expect((await pilot.session.request('POST', `/api/notifications/${mine.id}/read`)).statusCode).toBe(404);
    expect((await listOf(admin)).data.map((n: { title: string }) => n.title)).not.toContain('Pour Rémi seulement');
    expect((await listOf(outsider.session)).data).toEqual([]);
  });

  it('never fails the action that notifies: a broken notification is dropped, the rest of the transaction commits', async () => {
    const told = await ctx.db.transaction(async (tx) => {
      const broken = await notify(tx, ctx, input({ userIds: ['pas-un-identifiant'] }));
      const fine = await notify(tx, ctx, input({ userIds: [quiet.id], title: 'Après l’erreur' }));
      return [broken, fine];
    });
    expect(told).toEqual([0, 1]);
    expect((await listOf(quiet.session)).data[0].title).toBe('Après l’erreur');
  });
});

describe('preferences', () => {
  it('are « immediate » for every kind until changed; a PATCH changes only the kinds given', async () => {
    const before = await pilot.session.request('GET', '/api/me/notification-settings');
    expect(before.json().data).toMatchObject({ 'action.assigned': 'immediate', 'log.mention': 'immediate', 'measure.due': 'immediate' });
    const patched = await reader.session.request('PATCH', '/api/me/notification-settings', { 'action.assigned': 'digest', 'log.mention': 'off' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().data).toMatchObject({ 'action.assigned': 'digest', 'log.mention': 'off', 'campaign.opened': 'immediate' });
    expect((await reader.session.request('GET', '/api/me/notification-settings')).json().data['action.assigned']).toBe('digest');
    expect((await reader.session.request('PATCH', '/api/me/notification-settings', { 'action.assigned': 'souvent' })).statusCode).toBe(400);
    expect((await reader.session.request('PATCH', '/api/me/notification-settings', { 'inconnu': 'off' })).statusCode).toBe(400);
  });
});

describe('switching a kind away from the digest', () => {
  it('sends what waited for the digest with the next one after a switch to « immediate », and nothing after a switch to « off »', async () => {
    const switcher = await createMember(testApp, admin, { name: 'Inès Indécise' });
    const dropper = await createMember(testApp, admin, { name: 'Olivier Off' });
    const choose = async (member: Member, delivery: string) =>
      expect((await member.session.request('PATCH', '/api/me/notification-settings', { 'log.mention': delivery })).statusCode).toBe(200);
    await choose(switcher, 'digest');
    await choose(dropper, 'digest');
    await send(input({ userIds: [switcher.id, dropper.id], kind: 'log.mention', title: 'Mention en attente du résumé' }));
    await choose(switcher, 'immediate');
    await choose(dropper, 'off');
    await send(input({ userIds: [switcher.id], kind: 'log.mention', title: 'Mention immédiate' }));
    await runner().runDue();
    expect(subjectsTo(switcher.email)).toEqual(['Mention immédiate']);

    expect(await sendDigests(ctx)).toMatchObject({ emails: 1 });
    await runner().runDue();
    const [digest, ...more] = digestsTo(switcher.email);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe('Pilotis : 1 nouvelle notification');
    expect(digest!.text).toContain('Mention en attente du résumé');
    expect(digest!.text).not.toContain('Mention immédiate');
    expect(smtp.to(dropper.email)).toEqual([]);
    expect(await sendDigests(ctx)).toMatchObject({ emails: 0 });
  });
});

describe('e-mails', () => {
  it('sends at once to those who chose it, and the daily digest at 7 h Paris to the others, once', async () => {
    await quiet.session.request('PATCH', '/api/me/notification-settings', { 'action.assigned': 'off' });
    // reader: action.assigned → digest, log.mention → off (previous test).
    await send(input({ userIds: [pilot.id, reader.id, quiet.id], title: 'Vous êtes pilote de « Pistes cyclables »' }));
    await send(input({ userIds: [reader.id], kind: 'log.mention', title: 'Mention coupée' }));
    await runner().runDue();
    expect(smtp.to(pilot.email).map((m) => m.subject)).toContain('Vous êtes pilote de « Pistes cyclables »');
    const immediate = smtp.to(pilot.email).find((m) => m.subject === 'Vous êtes pilote de « Pistes cyclables »')!;
    expect(immediate.text).toContain('Bonjour Paula Pilote,');
    expect(immediate.text).toContain('https://pilotis.test/actions/123');
    expect(subjectsTo(reader.email)).not.toContain('Vous êtes pilote de « Pistes cyclables »');
    expect(subjectsTo(quiet.email)).not.toContain('Vous êtes pilote de « Pistes cyclables »');

    expect(await ensureDigestScheduled(ctx)).toBe(true);
    expect(await ensureDigestScheduled(ctx)).toBe(false);
    const [digestJob] = await ctx.db.select().from(jobs).where(and(eq(jobs.kind, NOTIFICATION_DIGEST_JOB), eq(jobs.status, 'queued')));
    expect(digestJob!.runAt.toISOString()).toBe('2026-03-03T06:00:00.000Z'); // 7 h in Paris (UTC+1 in March)
    testApp.clock.set(digestJob!.runAt);
    await runner().runDue();
    await runner().runDue(); // the digest's e-mail
    const digests = digestsTo(reader.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/^Pilotis : \d+ nouvelles? notifications?$/);
    expect(digests[0]!.text).toContain('Vous êtes pilote de « Pistes cyclables »');
    expect(digests[0]!.text).not.toContain('Mention coupée');
    expect(digestsTo(quiet.email)).toEqual([]);
    const readerRows = await ctx.db.select().from(notifications).where(eq(notifications.userId, reader.id));
    expect(readerRows.filter((n) => n.kind === 'action.assigned').every((n) => n.emailedAt)).toBe(true);

    const [next] = await ctx.db.select().from(jobs).where(and(eq(jobs.kind, NOTIFICATION_DIGEST_JOB), eq(jobs.status, 'queued')));
    expect(next!.runAt.toISOString()).toBe('2026-03-04T06:00:00.000Z');
    testApp.clock.set(next!.runAt);
    await runner().runDue();
    await runner().runDue();
    expect(digestsTo(reader.email)).toHaveLength(1);
  });

  it('schedules the digest at 7 h Paris in summer time too', () => {
    expect(nextDigestAt(new Date('2026-07-10T04:59:00Z')).toISOString()).toBe('2026-07-10T05:00:00.000Z');
    expect(nextDigestAt(new Date('2026-07-10T05:00:00Z')).toISOString()).toBe('2026-07-11T05:00:00.000Z');
  });
});
