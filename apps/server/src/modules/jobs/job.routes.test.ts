import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { createTestApp } from '../../../test/test-app.js';
import { reportJobProgress } from './job-progress.js';
import { createJobRunner, enqueueJob } from './job.runner.js';

const testApp = await createTestApp();
const { ctx } = testApp;

describe('GET /api/jobs/:id', () => {
  it('shows its requester the progress while running, then the result', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const member = await createMember(testApp, admin);
    const kind = 'test.progress';
    const seen: number[] = [];
    const job = await enqueueJob(ctx.db, ctx.clock, { kind, organizationId: organization.id, createdBy: member.id });
    const runner = createJobRunner({
      db: ctx.db,
      clock: ctx.clock,
      handlers: {
        [kind]: async (running) => {
          reportJobProgress(ctx.db, running.id, 40);
          const during = (await member.session.request('GET', `/api/jobs/${job.id}`)).json().data;
          seen.push(during.progress);
          expect(during.status).toBe('running');
          // Reported from inside a transaction, as imports do: it must not wait for the transaction
          // (on PGlite, one connection, that would never end).
          return ctx.db.transaction(async (tx) => {
            reportJobProgress(ctx.db, running.id, 70);
            await tx.execute('select 1');
            return { planId: 'p-1' };
          });
        },
      },
    });

    const before = await member.session.request('GET', `/api/jobs/${job.id}`);
    expect(before.json().data).toMatchObject({ status: 'queued', progress: 0, result: null });
    await runner.runDue();

    expect(seen).toEqual([40]);
    const after = await member.session.request('GET', `/api/jobs/${job.id}`);
    expect(after.statusCode).toBe(200);
    expect(after.json().data).toMatchObject({ status: 'done', progress: 100, result: { planId: 'p-1' }, error: null });
  });

  it('answers 404 to another member and to another collectivité, but shows it to an admin', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const owner = await createMember(testApp, admin);
    const colleague = await createMember(testApp, admin);
    const other = await createOrganizationWithAdmin(testApp);
    const job = await enqueueJob(ctx.db, ctx.clock, { kind: 'test.idle', organizationId: organization.id, createdBy: owner.id });

    expect((await owner.session.request('GET', `/api/jobs/${job.id}`)).statusCode).toBe(200);
    expect((await admin.request('GET', `/api/jobs/${job.id}`)).statusCode).toBe(200);
    expect((await colleague.session.request('GET', `/api/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await other.admin.request('GET', `/api/jobs/${job.id}`)).statusCode).toBe(404);
  });

  it('reports the failure of a job that ran out of attempts', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const kind = 'test.failing';
    const job = await enqueueJob(ctx.db, ctx.clock, { kind, organizationId: organization.id, createdBy: admin.userId, maxAttempts: 1 });
    const runner = createJobRunner({ db: ctx.db, clock: ctx.clock, handlers: { [kind]: async () => { throw new Error('Classeur illisible'); } } });
    await runner.runDue();
    expect((await admin.request('GET', `/api/jobs/${job.id}`)).json().data).toMatchObject({ status: 'failed', error: 'Classeur illisible', result: null });
  });
});
