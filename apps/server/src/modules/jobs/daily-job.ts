import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { parisTime, parisWallTime } from '../report-subscriptions/report-subscription-schedule.js';
import { hasQueuedJob } from './job.repository.js';
import { enqueueJob, type JobHandler } from './job.runner.js';

/** The first `hour` o'clock (Paris time) strictly after `from`. */
export function nextParisHourAfter(from: Date, hour: number) {
  const today = parisWallTime(from);
  const candidate = parisTime(today.year, today.month, today.day, hour);
  return candidate > from ? candidate : parisTime(today.year, today.month, today.day + 1, hour);
}

/**
 * A job run every day at `hour` (Paris time), as one chain: queued (at start-up, or by the first
 * thing that needs it) unless one is already waiting, and queued again for the next day after each
 * run — also after its last failed attempt, so one bad day does not stop the chain.
 */
export function dailyJob(kind: string, hour: number) {
  const nextAt = (from: Date) => nextParisHourAfter(from, hour);
  const queue = (db: DbOrTx, clock: Clock) => enqueueJob(db, clock, { kind, runAt: nextAt(clock.now()), maxAttempts: 3 });
  return {
    nextAt,
    /** Queues the next run unless one is already waiting; true when it queued one. */
    async ensureScheduled(db: DbOrTx, clock: Clock) {
      if (await hasQueuedJob(db, kind)) return false;
      await queue(db, clock);
      return true;
    },
    /** The job's handler: `run`, then tomorrow's run queued. */
    handler:
      (ctx: { db: DbOrTx; clock: Clock }, run: () => Promise<Record<string, unknown>>): JobHandler =>
      async (job) => {
        let done = false;
        try {
          const result = await run();
          done = true;
          return result;
        } finally {
          if (done || job.attempts >= job.maxAttempts) await queue(ctx.db, ctx.clock);
        }
      },
  };
}
