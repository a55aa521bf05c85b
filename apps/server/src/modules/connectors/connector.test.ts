import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, PASSWORD } from '../../../test/factories.js';
import { startFakeApplication, type FakeApplication } from '../../../test/fake-application.js';
import { insertTestIndicator, storedMeasures } from '../../../test/integration-factories.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../../test/test-app.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner, retryDelayMs, type JobRunner } from '../jobs/job.runner.js';
import { jobs } from '../jobs/job.table.js';
import { connectorRuns } from './connector.table.js';

let testApp: TestApp;
let fake: FakeApplication;
let admin: Session;
let adminEmail: string;
let organizationId: string;
let runner: JobRunner;

const DAY = 24 * 60 * 60 * 1000;
const mapping = { indicatorField: 'code', periodField: 'periode', valueField: 'valeur' };

beforeAll(async () => {
  fake = await startFakeApplication();
  testApp = await createTestApp({ env: { CONNECTOR_ALLOWED_HOSTS: fake.host } });
  ({ admin, adminEmail, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
  runner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) });
});

async function createConnector(input: Record<string, unknown>) {
  const response = await admin.request('POST', '/api/connectors', { name: 'SIG', url: fake.url('/data.csv'), mapping, ...input });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().data;
}
const connectorJobs = async (connectorId: string) =>
  (await testApp.ctx.db.select().from(jobs).where(and(eq(jobs.kind, 'connector.run'), eq(jobs.organizationId, organizationId)))).filter(
    (job) => (job.payload as { connectorId: string }).connectorId === connectorId,
  );
/** Moves time on (days at once): the admin signs in again, as a real one would after 12 h. */
async function travelTo(at: Date | string) {
  testApp.clock.set(at);
  admin = await signIn(testApp, adminEmail, PASSWORD);
}
async function travelBy(ms: number) {
  await travelTo(new Date(testApp.clock.now().getTime() + ms));
}
const runsOf = async (id: string) => (await admin.request('GET', `/api/connectors/${id}/runs`)).json().data;

describe('connectors administration', () => {
  it('creates, lists, changes and deletes a connector, with its history', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId });
    const created = await createConnector({ indicatorIds: [indicator.id], schedule: 'manual' });
    expect(created).toMatchObject({ name: 'SIG', format: 'csv', schedule: 'manual', enabled: true, nextRunAt: null, lastRun: null, version: 1 });
    expect(created.mapping).toEqual({ itemsPath: '', indicatorField: 'code', periodField: 'periode', valueField: 'valeur', commentField: null });

    const changed = await admin.request('PATCH', `/api/connectors/${created.id}`, { name: 'SIG déchets', version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().data).toMatchObject({ name: 'SIG déchets', version: 2 });
    expect((await admin.request('PATCH', `/api/connectors/${created.id}`, { name: 'x', version: 1 })).statusCode).toBe(409);

    const history = await admin.request('GET', `/api/history/connector/${created.id}`);
    expect(history.json().data.map((event: { action: string }) => event.action).sort()).toEqual(['create', 'update']);

    expect((await admin.request('DELETE', `/api/connectors/${created.id}`)).statusCode).toBe(204);
    expect((await admin.request('GET', `/api/connectors/${created.id}/runs`)).statusCode).toBe(404);
    expect((await admin.request('GET', '/api/connectors')).json().data.map((c: { id: string }) => c.id)).not.toContain(created.id);
  });

  it('checks the indicators and the mapping', async () => {
    const a = await insertTestIndicator(testApp.ctx, { organizationId });
    const b = await insertTestIndicator(testApp.ctx, { organizationId });
    const calculated = await insertTestIndicator(testApp.ctx, { organizationId, formula: `${a.code} + ${b.code}` });
    const other = await createOrganizationWithAdmin(testApp);
    const theirs = await insertTestIndicator(testApp.ctx, { organizationId: other.organization.id });
    const post = (input: Record<string, unknown>) => admin.request('POST', '/api/connectors', { name: 'x', url: fake.url('/x'), mapping, ...input });

    expect((await post({ indicatorIds: [theirs.id] })).json().error.issues[0].path).toBe('indicatorIds');
    expect((await post({ indicatorIds: [calculated.id] })).json().error.issues[0].message).toMatch(/calculé/);
    const noCode = await post({ indicatorIds: [a.id, b.id], mapping: { periodField: 'mois', valueField: 'valeur' } });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().error.issues[0].message).toMatch(/un seul indicateur/);
    expect((await post({ indicatorIds: [a.id], url: 'file:///etc/passwd' })).statusCode).toBe(400);
  });

  it('is for administrators only', async () => {
    const member = await createMember(testApp, admin);
    expect((await member.session.request('GET', '/api/connectors')).statusCode).toBe(403);
    expect((await member.session.request('POST', '/api/connectors', { name: 'x' })).statusCode).toBe(400);
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId });
    const connector = await createConnector({ indicatorIds: [indicator.id], schedule: 'manual' });
    expect((await member.session.request('POST', `/api/connectors/${connector.id}/run`)).statusCode).toBe(403);
    const other = await createOrganizationWithAdmin(testApp);
    expect((await other.admin.request('POST', `/api/connectors/${connector.id}/run`)).statusCode).toBe(404);
  });
});

describe('an interrupted run', () => {
  it('shows as failed once it is clearly abandoned (its process stopped mid-run)', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId });
    const connector = await createConnector({ indicatorIds: [indicator.id], schedule: 'manual' });
    await testApp.ctx.db.insert(connectorRuns).values({ id: crypto.randomUUID(), organizationId, connectorId: connector.id, trigger: 'manual', status: 'running', startedAt: testApp.clock.now() });
    expect((await runsOf(connector.id))[0].status).toBe('running');
    await travelBy(31 * 60_000);
    expect((await runsOf(connector.id))[0]).toMatchObject({ status: 'failed', errors: [expect.stringMatching(/interrompue/)] });
  });
});

describe('scheduled runs', () => {
  it('runs a daily connector through the job runner, then queues the next day', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId });
    fake.serve('/daily.csv', `code;periode;valeur\n${indicator.code};2026-02;5\n`);
    const connector = await createConnector({ url: fake.url('/daily.csv'), indicatorIds: [indicator.id], schedule: 'daily' });
    const firstRun = new Date(testApp.clock.now().getTime() + DAY);
    expect(connector.nextRunAt).toBe(firstRun.toISOString());

    await runner.runDue();
    expect(fake.hits.get('/daily.csv')).toBeUndefined();

    await travelTo(firstRun);
    await runner.runDue();
    expect(await runsOf(connector.id)).toMatchObject([{ trigger: 'schedule', status: 'success', writtenRows: 1 }]);
    expect(await storedMeasures(testApp.ctx, organizationId, indicator.id)).toMatchObject([{ period: '2026-02', value: 5, source: 'connector' }]);
    const listed = (await admin.request('GET', '/api/connectors')).json().data.find((c: { id: string }) => c.id === connector.id);
    expect(listed.nextRunAt).toBe(new Date(firstRun.getTime() + DAY).toISOString());
    expect((await connectorJobs(connector.id)).map((job) => job.status).sort()).toEqual(['done', 'queued']);
  });

  it('retries a failed run, which wrote nothing, and succeeds once the application answers', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId });
    fake.serve('/flaky.csv', 'maintenance', 'text/plain', 503);
    const connector = await createConnector({ url: fake.url('/flaky.csv'), indicatorIds: [indicator.id], schedule: 'weekly' });
    await travelTo(connector.nextRunAt);
    await runner.runDue();
    const [job] = await connectorJobs(connector.id);
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'Le serveur a répondu 503 Service Unavailable' });
    expect(await runsOf(connector.id)).toMatchObject([{ status: 'failed', writtenRows: 0 }]);

    fake.serve('/flaky.csv', `code;periode;valeur\n${indicator.code};2026-02;8\n`);
    await travelBy(retryDelayMs(1));
    await runner.runDue();
    expect((await runsOf(connector.id)).map((r: { status: string }) => r.status)).toEqual(['success', 'failed']);
    expect(await storedMeasures(testApp.ctx, organizationId, indicator.id)).toMatchObject([{ value: 8 }]);
  });

  it('forgets the old schedule when it changes, and never schedules a manual or disabled connector', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId });
    fake.serve('/resched.csv', `code;periode;valeur\n${indicator.code};2026-02;1\n`);
    const connector = await createConnector({ url: fake.url('/resched.csv'), indicatorIds: [indicator.id], schedule: 'daily' });
    const weekly = (await admin.request('PATCH', `/api/connectors/${connector.id}`, { schedule: 'weekly', version: 1 })).json().data;
    expect(new Date(weekly.nextRunAt).getTime() - testApp.clock.now().getTime()).toBe(7 * DAY);

    await travelTo(connector.nextRunAt);
    await runner.runDue();
    expect(await runsOf(connector.id)).toEqual([]);

    const disabled = (await admin.request('PATCH', `/api/connectors/${connector.id}`, { enabled: false, version: 2 })).json().data;
    expect(disabled.nextRunAt).toBeNull();
    await travelTo(weekly.nextRunAt);
    await runner.runDue();
    expect(await runsOf(connector.id)).toEqual([]);

    const manual = await createConnector({ indicatorIds: [indicator.id], schedule: 'manual' });
    expect(await connectorJobs(manual.id)).toEqual([]);
  });
});
