import type { AppContext } from '../../context.js';
import { dailyJob } from '../jobs/daily-job.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { sendDueMeasureNotices } from './due-measure-notices.js';
import { sendLateActionNotices } from './late-action-notices.js';

/** The daily notices: fiches become late (`action.late`) and measures to enter (`measure.due`). */
export const NOTIFICATION_DAILY_JOB = 'notification.daily';
/** 8 h Paris: after midnight's lateness change, before the working day. The 7 h digest carries them the next day. */
const daily = dailyJob(NOTIFICATION_DAILY_JOB, 8);

export const nextDailyNoticesAt = daily.nextAt;

/** At server start: queues the next run unless one is already waiting. */
export const ensureDailyNoticesScheduled = (ctx: Pick<AppContext, 'db' | 'clock'>) => daily.ensureScheduled(ctx.db, ctx.clock);

/** Runs the notices, then tomorrow's is queued. Running twice the same day tells nobody twice (notification_marks). */
export const notificationDailyHandler = (ctx: AppContext): JobHandler =>
  daily.handler(ctx, async () => {
    const lateActions = await sendLateActionNotices(ctx);
    const dueMeasures = await sendDueMeasureNotices(ctx);
    if (lateActions + dueMeasures > 0) ctx.wakeJobs?.();
    return { lateActions, dueMeasures };
  });
