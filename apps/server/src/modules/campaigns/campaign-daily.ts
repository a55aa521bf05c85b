import { nextRoundDeadline, reminderDue } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { todayOf, type Clock } from '../../lib/clock.js';
import { dailyJob } from '../jobs/daily-job.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { openRound, remindRound } from './campaign-rounds.js';
import { selectCampaignsWithRound, type CampaignWithRound } from './campaign.repository.js';

export const CAMPAIGN_DAILY_JOB = 'campaign.daily';
const daily = dailyJob(CAMPAIGN_DAILY_JOB, 8);

/** The first 8 h (Paris time) strictly after `from`. */
export const nextCampaignDayAt = daily.nextAt;

/** Queued with the first campaign (and again with any later one, if the chain had stopped). */
export const ensureCampaignDayScheduled = (db: DbOrTx, clock: Clock) => daily.ensureScheduled(db, clock);

/** Runs the campaigns' day, then tomorrow's is queued (also after the last failed attempt, so the chain never stops). */
export const campaignDailyHandler = (ctx: AppContext): JobHandler => daily.handler(ctx, () => runCampaignDay(ctx));

/**
 * Every open campaign, on its latest round: the reminder due today (N days before the deadline,
 * or once it has passed) to those not done — each at most once — and, for a recurring campaign
 * whose deadline has passed, the next round. One transaction per campaign; everything is
 * idempotent (reminders recorded once, rounds numbered), so a retry after a failure is safe.
 */
export async function runCampaignDay(ctx: AppContext) {
  const today = todayOf(ctx.clock);
  let reminders = 0;
  let rounds = 0;
  const failed: string[] = [];
  for (const current of await selectCampaignsWithRound(ctx.db, { open: true })) {
    try {
      const done = await ctx.db.transaction((tx) => runOne(tx, ctx, current, today));
      reminders += done.reminders;
      rounds += done.opened ? 1 : 0;
    } catch (error) {
      // One campaign failing does not hold back the others; the retry redoes only what is missing.
      console.error(`Campagne ${current.campaign.id} : relances du jour non faites :`, error);
      failed.push(current.campaign.id);
    }
  }
  if (reminders + rounds > 0) ctx.wakeJobs?.();
  if (failed.length > 0) throw new Error(`Relances non faites pour ${failed.length} campagne(s)`);
  return { reminders, rounds };
}

async function runOne(tx: DbOrTx, ctx: AppContext, { campaign, round }: CampaignWithRound, today: string) {
  const due = reminderDue(round.deadline, today, campaign.remindDaysBefore);
  const reminders = due ? await remindRound(tx, ctx, campaign, round, { kind: due, sentBy: null }) : 0;
  if (due !== 'after' || !campaign.recurrenceWeeks) return { reminders, opened: false };
  const next = await openRound(tx, ctx, campaign, { number: round.number + 1, deadline: nextRoundDeadline(round.deadline, campaign.recurrenceWeeks, today) });
  return { reminders, opened: Boolean(next) };
}
