import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { fixedClock } from '../../lib/clock.js';
import { findJob } from './job.repository.js';
import { createJobRunner, enqueueJob, retryDelayMs, type JobHandler } from './job.runner.js';

const database = await createTestDatabase();
const { db } = database;
afterAll(() => database.close());

const MINUTE = 60_000;
/** Each test has its own clock and its own job kind, so jobs of other tests never run in it. */
const setup = () => ({ clock: fixedClock('2026-03-02T09:00:00.000Z'), kind: `test.${Math.random().toString(36).slice(2, 10)}` });

describe('job runner', () => {
  it('runs a due job once and records its result', async () => {
    const { clock, kind } = setup();
    const seen: unknown[] = [];
    const runner = createJobRunner({ db, clock, handlers: { [kind]: async (job) => (seen.push(job.payload), { sent: 3 }) } });
    const job = await enqueueJob(db, clock, { kind, payload: { planId: 'p1' } });
    expect(job.status).toBe('queued');

    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    expect(seen).toEqual([{ planId: 'p1' }]);
    const done = await findJob(db, job.id);
    expect(done).toMatchObject({ status: 'done', result: { sent: 3 }, attempts: 1, lastError: null, lockedBy: null });
    expect(done!.finishedAt).toEqual(clock.now());
  });

  it('leaves a job scheduled later alone until the clock passes its runAt', async () => {
    const { clock, kind } = setup();
    let runs = 0;
    const runner = createJobRunner({ db, clock, handlers: { [kind]: async () => void runs++ } });
    const job = await enqueueJob(db, clock, { kind, runAt: new Date(clock.now().getTime() + 10 * MINUTE) });

    expect(await runner.runDue()).toBe(0);
    clock.advance(10 * MINUTE - 1);
    expect(await runner.runDue()).toBe(0);
    expect((await findJob(db, job.id))!.status).toBe('queued');
    clock.advance(1);
    expect(await runner.runDue()).toBe(1);
    expect(runs).toBe(1);
    expect((await findJob(db, job.id))!.status).toBe('done');
  });

  it('retries a failing handler with growing delays, then marks the job failed with the last error', async () => {
    const { clock, kind } = setup();
    let calls = 0;
    const errors: string[] = [];
    const handler: JobHandler = async () => {
      calls++;
      throw new Error(`boom ${calls}`);
    };
    const runner = createJobRunner({ db, clock, handlers: { [kind]: handler }, onError: (_job, e) => errors.push((e as Error).message) });
    const job = await enqueueJob(db, clock, { kind, maxAttempts: 3 });

    expect(await runner.runDue()).toBe(1);
    let row = (await findJob(db, job.id))!;
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'boom 1' });
    expect(row.runAt.getTime() - clock.now().getTime()).toBe(retryDelayMs(1));
    expect(await runner.runDue()).toBe(0);

    clock.advance(retryDelayMs(1));
    expect(await runner.runDue()).toBe(1);
    row = (await findJob(db, job.id))!;
    expect(row).toMatchObject({ status: 'queued', attempts: 2, lastError: 'boom 2' });
    expect(row.runAt.getTime() - clock.now().getTime()).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));

    clock.advance(retryDelayMs(2));
    expect(await runner.runDue()).toBe(1);
    row = (await findJob(db, job.id))!;
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'boom 3', lockedBy: null });
    expect(row.finishedAt).toEqual(clock.now());

    clock.advance(24 * 60 * MINUTE);
    expect(await runner.runDue()).toBe(0);
    expect(calls).toBe(3);
    expect(errors).toEqual(['boom 1', 'boom 2', 'boom 3']);
  });

  it('fails a job of an unknown kind cleanly, with a message naming the kind', async () => {
    const { clock, kind } = setup();
    const runner = createJobRunner({ db, clock, handlers: {} });
    const job = await enqueueJob(db, clock, { kind, maxAttempts: 1 });
    expect(await runner.runDue()).toBe(1);
    const row = (await findJob(db, job.id))!;
    expect(row.status).toBe('failed');
    expect(row.lastError).toContain(kind);
  });

  it('never runs the same job twice when two runners poll the same database', async () => {
    const { clock, kind } = setup();
    const runsById = new Map<string, number>();
    const handler: JobHandler = async (job) => {
      runsById.set(job.id, (runsById.get(job.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const first = createJobRunner({ db, clock, handlers: { [kind]: handler } });
    const second = createJobRunner({ db, clock, handlers: { [kind]: handler } });
    expect(first.workerId).not.toBe(second.workerId);
    const jobs = [];
    for (let i = 0; i < 12; i++) jobs.push(await enqueueJob(db, clock, { kind, payload: { i } }));

    const [a, b] = await Promise.all([first.runDue(), second.runDue()]);
    expect(a + b).toBe(12);
    expect([...runsById.values()].every((n) => n === 1)).toBe(true);
    expect(runsById.size).toBe(12);
    for (const job of jobs) expect((await findJob(db, job.id))!.status).toBe('done');
  });

  it('takes back a job whose worker died once its lock has expired', async () => {
    const { clock, kind } = setup();
    const job = await enqueueJob(db, clock, { kind });
    const crashed = createJobRunner({ db, clock, lockMs: 5 * MINUTE, handlers: { [kind]: () => new Promise(() => undefined) } });
    void crashed.runDue();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await findJob(db, job.id))!.status).toBe('running');

    const survivor = createJobRunner({ db, clock, handlers: { [kind]: async () => ({ recovered: true }) } });
    expect(await survivor.runDue()).toBe(0);
    clock.advance(5 * MINUTE + 1);
    expect(await survivor.runDue()).toBe(1);
    expect(await findJob(db, job.id)).toMatchObject({ status: 'done', result: { recovered: true }, attempts: 2 });
  });

  it('gives up on a job whose worker keeps dying, once its attempts are spent', async () => {
    const { clock, kind } = setup();
    const job = await enqueueJob(db, clock, { kind, maxAttempts: 2 });
    for (let i = 0; i < 2; i++) {
      const dying = createJobRunner({ db, clock, lockMs: MINUTE, handlers: { [kind]: () => new Promise(() => undefined) } });
      void dying.runDue();
      await new Promise((resolve) => setTimeout(resolve, 200));
      clock.advance(MINUTE + 1);
    }
    let ran = false;
    const survivor = createJobRunner({ db, clock, handlers: { [kind]: async () => void (ran = true) } });
    await survivor.runDue();
    expect(ran).toBe(false);
    const row = (await findJob(db, job.id))!;
    expect(row.status).toBe('failed');
    expect(row.lastError).toBeTruthy();
    clock.advance(60 * MINUTE);
    expect(await survivor.runDue()).toBe(0);
  });
});
