import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { readHistory } from '../../../test/history.js';
import { addPlanMember, createPlan } from '../../../test/plan-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { jobs } from '../jobs/job.table.js';
import { SUBSCRIPTION_RUN_JOB } from './report-subscription-jobs.js';

let testApp: TestApp;
let admin: Session;
let organizationId: string;
let planId: string;
let manager: { session: Session; id: string; email: string };
let contributor: { session: Session; id: string; email: string };

beforeAll(async () => {
  testApp = await createTestApp();
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
  planId = (await createPlan(admin, { name: 'Plan climat' })).id;
  manager = await createMember(testApp, admin, { name: 'Gaëlle Gestion' });
  contributor = await createMember(testApp, admin, { name: 'Corentin Contrib' });
  await addPlanMember(admin, planId, manager.id, 'manager');
  await addPlanMember(admin, planId, contributor.id, 'contributor');
});

const weeklyBody = (overrides: Record<string, unknown> = {}) => ({
  planId,
  kind: 'plan-progress',
  format: 'pdf',
  schedule: { frequency: 'weekly', weekday: 1, hour: 7 },
  recipients: { userIds: [contributor.id], emails: ['  Presse@Ville.FR '] },
  ...overrides,
});
async function create(session: Session, body: Record<string, unknown> = weeklyBody()) {
  const response = await session.request('POST', '/api/report-subscriptions', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().data;
}
const runJobsOf = async (subscriptionId: string) =>
  (await testApp.ctx.db.select().from(jobs).where(and(eq(jobs.kind, SUBSCRIPTION_RUN_JOB), eq(jobs.organizationId, organizationId)))).filter(
    (job) => job.payload.subscriptionId === subscriptionId,
  );

describe('report subscriptions', () => {
  it('a plan manager subscribes people to a weekly report: next Monday 7 h Paris, its sending queued', async () => {
    // The test clock: Monday 2 March 2026, 10 h in Paris.
    const created = await create(manager.session);
    expect(created).toMatchObject({
      planId,
      planName: 'Plan climat',
      kind: 'plan-progress',
      format: 'pdf',
      filter: { planId },
      schedule: { frequency: 'weekly', weekday: 1, hour: 7 },
      recipients: { userIds: [contributor.id], emails: ['presse@ville.fr'] },
      recipientUsers: [{ id: contributor.id, name: 'Corentin Contrib', active: true }],
      active: true,
      nextRunAt: '2026-03-09T06:00:00.000Z',
      lastRunAt: null,
      createdBy: { id: manager.id, name: 'Gaëlle Gestion' },
      version: 1,
      can: { update: true, delete: true, sendNow: true },
    });
    expect((await runJobsOf(created.id)).map((job) => [job.runAt.toISOString(), job.payload.scheduledFor])).toEqual([
      ['2026-03-09T06:00:00.000Z', '2026-03-09T06:00:00.000Z'],
    ]);

    const listed = (await manager.session.request('GET', `/api/report-subscriptions?planId=${planId}`)).json().data;
    expect(listed.map((s: { id: string }) => s.id)).toContain(created.id);
    expect((await admin.request('GET', '/api/report-subscriptions')).json().data.map((s: { id: string }) => s.id)).toContain(created.id);
  });

  it('changes, pauses and resumes with the version read; a stale version is refused', async () => {
    const created = await create(manager.session);
    const monthly = await manager.session.request('PATCH', `/api/report-subscriptions/${created.id}`, {
      schedule: { frequency: 'monthly', day: 28, hour: 8 },
      version: 1,
    });
    expect(monthly.statusCode, monthly.body).toBe(200);
    expect(monthly.json().data).toMatchObject({ version: 2, nextRunAt: '2026-03-28T07:00:00.000Z' });
    expect((await manager.session.request('PATCH', `/api/report-subscriptions/${created.id}`, { active: false, version: 1 })).statusCode).toBe(409);

    const paused = (await manager.session.request('PATCH', `/api/report-subscriptions/${created.id}`, { active: false, version: 2 })).json().data;
    expect(paused).toMatchObject({ active: false, nextRunAt: null, version: 3 });
    const resumed = (await manager.session.request('PATCH', `/api/report-subscriptions/${created.id}`, { active: true, version: 3 })).json().data;
    expect(resumed).toMatchObject({ active: true, nextRunAt: '2026-03-28T07:00:00.000Z' });

  });

  it('checks the definition: the kind’s needs, the format, the recipients', async () => {
    const bad = async (body: Record<string, unknown>) => {
      const response = await manager.session.request('POST', '/api/report-subscriptions', body);
      expect(response.statusCode, response.body).toBe(400);
      return response.json().error.issues.map((issue: { path: string }) => issue.path);
    };
    expect(await bad(weeklyBody({ recipients: { userIds: [], emails: [] } }))).toEqual(['recipients.userIds']);
    expect(await bad(weeklyBody({ recipients: { emails: ['pas-une-adresse'] } }))).toEqual(['recipients.emails.0']);
    expect(await bad(weeklyBody({ kind: 'action', format: 'pdf' }))).toEqual(['filter.actionId']);
    expect(await bad(weeklyBody({ kind: 'indicator', format: 'docx', filter: { indicatorId: crypto.randomUUID() } }))).toEqual(['format']);
    expect(await bad(weeklyBody({ schedule: { frequency: 'monthly', day: 31, hour: 7 } }))).toEqual(['schedule.day']);
    expect(await bad(weeklyBody({ schedule: { frequency: 'weekly', weekday: 0 } }))).toEqual(['schedule.weekday']);
    expect(await bad(weeklyBody({ recipients: { userIds: [crypto.randomUUID()] } }))).toEqual(['recipients.userIds.0']);

    const created = await create(manager.session);
    const response = await manager.session.request('PATCH', `/api/report-subscriptions/${created.id}`, { kind: 'action', version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([expect.objectContaining({ path: 'filter.actionId' })]);
  });

  it('« before each review » has no date of its own until a review is planned', async () => {
    const created = await create(manager.session, weeklyBody({ schedule: { frequency: 'before-review', daysBefore: 7 } }));
    expect(created).toMatchObject({ schedule: { frequency: 'before-review', daysBefore: 7, hour: 7 }, nextRunAt: null });
    expect(await runJobsOf(created.id)).toEqual([]);
  });

  it('« Envoyer maintenant » queues a job its requester follows, and leaves the schedule alone', async () => {
    const created = await create(manager.session);
    const response = await manager.session.request('POST', `/api/report-subscriptions/${created.id}/send-now`);
    expect(response.statusCode).toBe(202);
    const { jobId } = response.json().data;
    expect((await manager.session.request('GET', `/api/jobs/${jobId}`)).json().data).toMatchObject({ kind: SUBSCRIPTION_RUN_JOB, status: 'queued' });
    expect((await manager.session.request('GET', `/api/report-subscriptions?planId=${planId}`)).json().data.find((s: { id: string }) => s.id === created.id).nextRunAt).toBe(created.nextRunAt);
  });

  it('deletes, with its pending sendings', async () => {
    const created = await create(manager.session);
    expect((await manager.session.request('DELETE', `/api/report-subscriptions/${created.id}`)).statusCode).toBe(204);
    expect((await manager.session.request('GET', '/api/report-subscriptions')).json().data.map((s: { id: string }) => s.id)).not.toContain(created.id);
    expect((await manager.session.request('DELETE', `/api/report-subscriptions/${created.id}`)).statusCode).toBe(404);
  });
});

describe('who may subscribe people to a plan’s reports', () => {
  it('not a contributor (403), nor a member outside a draft plan (404), nor another collectivité (404)', async () => {
    expect((await contributor.session.request('POST', '/api/report-subscriptions', weeklyBody())).statusCode).toBe(403);
    expect((await contributor.session.request('GET', `/api/report-subscriptions?planId=${planId}`)).statusCode).toBe(403);
    expect((await contributor.session.request('GET', '/api/report-subscriptions')).json().data).toEqual([]);

    const created = await create(manager.session);
    for (const [method, url, body] of [
      ['PATCH', `/api/report-subscriptions/${created.id}`, { active: false, version: 1 }],
      ['DELETE', `/api/report-subscriptions/${created.id}`, undefined],
      ['POST', `/api/report-subscriptions/${created.id}/send-now`, undefined],
    ] as const) {
      expect((await contributor.session.request(method, url, body)).statusCode).toBe(403);
    }

    // A draft plan the member has no role in: they cannot even read it.
    const outsider = await createMember(testApp, admin);
    expect((await outsider.session.request('POST', '/api/report-subscriptions', weeklyBody())).statusCode).toBe(404);
    expect((await outsider.session.request('DELETE', `/api/report-subscriptions/${created.id}`)).statusCode).toBe(404);

    const other = await createOrganizationWithAdmin(testApp);
    expect((await other.admin.request('POST', '/api/report-subscriptions', weeklyBody({ recipients: { emails: ['a@b.fr'] } }))).statusCode).toBe(404);
    expect((await other.admin.request('PATCH', `/api/report-subscriptions/${created.id}`, { active: false, version: 1 })).statusCode).toBe(404);
    expect((await other.admin.request('POST', `/api/report-subscriptions/${created.id}/send-now`)).statusCode).toBe(404);
    expect((await other.admin.request('GET', '/api/report-subscriptions')).json().data).toEqual([]);
    // A recipient must be of the collectivité.
    const stranger = await createMember(testApp, other.admin);
    const response = await manager.session.request('POST', '/api/report-subscriptions', weeklyBody({ recipients: { userIds: [stranger.id] } }));
    expect(response.statusCode).toBe(400);
  });

  it('keeps a history of its changes, read by those who manage it and by nobody else', async () => {
    const created = await create(manager.session);
    const paused = await manager.session.request('PATCH', `/api/report-subscriptions/${created.id}`, { active: false, version: created.version });
    expect(paused.statusCode, paused.body).toBe(200);

    const events = await readHistory(manager.session, 'reportSubscription', created.id);
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(events.find((event) => event.action === 'update')?.changes.active).toEqual({ before: true, after: false });
    expect((await admin.request('GET', `/api/history/reportSubscription/${created.id}`)).statusCode).toBe(200);
    expect((await contributor.session.request('GET', `/api/history/reportSubscription/${created.id}`)).statusCode).toBe(404);
    const other = await createOrganizationWithAdmin(testApp);
    expect((await other.admin.request('GET', `/api/history/reportSubscription/${created.id}`)).statusCode).toBe(404);
  });
});
