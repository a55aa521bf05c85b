import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { fixedClock } from '../../lib/clock.js';
import { dailyJob } from './daily-job.js';
import { createJobRunner } from './job.runner.js';
import { jobs } from './job.table.js';

const database = await createTestDatabase();
const { db } = database;
afterAll(() => database.close());

const setup = () => ({ clock: fixedClock('2026-03-02T09:00:00.000Z'), kind: `test.daily.${Math.random().toString(36).slice(2, 10)}` });
const jobsOf = async (kind: string) =>
  (await db.select().from(jobs).where(eq(jobs.kind, kind))).map((job) => ({ status: job.status, runAt: job.runAt.toISOString() })).sort((a, b) => a.runAt.localeCompare(b.runAt));

describe('a daily job chain', () => {
  it('is queued once for the next hour in Paris, whoever asks', async () => {
    const { clock, kind } = setup();
    const daily = dailyJob(kind, 8);
    expect(daily.nextAt(new Date('2026-07-01T05:00:00Z')).toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(await daily.ensureScheduled(db, clock)).toBe(true);
    expect(await daily.ensureScheduled(db, clock)).toBe(false);
    expect(await jobsOf(kind)).toEqual([{ status: 'queued', runAt: '2026-03-03T07:00:00.000Z' }]);
  });

  it('queues tomorrow after a run, and after its last failed attempt, never after a failure that will be retried', async () => {
    const { clock, kind } = setup();
    const daily = dailyJob(kind, 8);
    let fail = false;
    const runner = createJobRunner({ db, clock, handlers: { [kind]: daily.handler({ db, clock }, async () => { if (fail) throw new Error('panne'); return { sent: 1 }; }) } });
    await daily.ensureScheduled(db, clock);
    clock.set('2026-03-03T07:00:00.000Z');
    await runner.runDue();
    expect(await jobsOf(kind)).toEqual([
      { status: 'done', runAt: '2026-03-03T07:00:00.000Z' },
      { status: 'queued', runAt: '2026-03-04T07:00:00.000Z' },
    ]);

    fail = true;
    clock.set('2026-03-04T07:00:00.000Z');
    for (let attempt = 0; attempt < 3; attempt++) {
      await runner.runDue();
      const waiting = (await db.select().from(jobs).where(and(eq(jobs.kind, kind), eq(jobs.status, 'queued')))).map((job) => job.runAt.getTime());
      if (waiting.length > 0) clock.set(new Date(Math.min(...waiting)).toISOString());
    }
    const after = await jobsOf(kind);
    expect(after.filter((job) => job.status === 'failed')).toHaveLength(1);
    expect(after.filter((job) => job.status === 'queued')).toEqual([{ status: 'queued', runAt: '2026-03-05T07:00:00.000Z' }]);
  });
});
