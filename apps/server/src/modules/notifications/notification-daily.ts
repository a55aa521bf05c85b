import type { AppContext } from '../../context.js';
import type { Clock } from '../../lib/clock.js';
import type { DbOrTx } from '../../db/client.js';
import { enqueueJob, type JobHandler } from '../jobs/job.runner.js';
import { sendDueMeasureNotices } from './due-measure-notices.js';
import { sendLateActionNotices } from './late-action-notices.js';
import { nextParisHourAfter } from './notification-digest.js';
import { hasQueuedJob } from './notification.repository.js';

/** The daily notices: fiches become late (`action.late`) and measures to enter (`measure.due`). */
export const NOTIFICATION_DAILY_JOB = 'notification.daily';
/** 8 h Paris: after midnight's lateness change, before the working day. The 7 h digest carries them the next day. */
const DAILY_HOUR = 8;

export const nextDailyNoticesAt = (from: Date) => nextParisHourAfter(from, DAILY_HOUR);

const queueDailyNotices = (db: DbOrTx, clock: Clock) =>
  enqueueJob(db, clock, { kind: NOTIFICATION_DAILY_JOB, runAt: nextDailyNoticesAt(clock.now()), maxAttempts: 3 });

/** At server start: queues the next run unless one is already waiting. */
export async function ensureDailyNoticesScheduled(ctx: Pick<AppContext, 'db' | 'clock'>) {
  if (await hasQueuedJob(ctx.db, NOTIFICATION_DAILY_JOB)) return false;
  await queueDailyNotices(ctx.db, ctx.clock);
  return true;
}

/**
 * Runs the notices, then queues tomorrow's — also after the last failed attempt, so one bad day
 * does not stop the chain. Running twice the same day tells nobody twice (notification_marks).
 */
export const notificationDailyHandler =
  (ctx: AppContext): JobHandler =>
  async (job) => {
    let done = false;
    try {
      const lateActions = await sendLateActionNotices(ctx);
      const dueMeasures = await sendDueMeasureNotices(ctx);
      done = true;
      if (lateActions + dueMeasures > 0) ctx.wakeJobs?.();
      return { lateActions, dueMeasures };
    } finally {
      if (done || job.attempts >= job.maxAttempts) await queueDailyNotices(ctx.db, ctx.clock);
    }
  };
