import type { SubscriptionSchedule } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { enqueueJob, type JobHandler } from '../jobs/job.runner.js';
import { emailSubscriptionReport, generateSubscriptionReport } from './report-subscription-run.js';
import { nextRunAfter, runAtBeforeReview } from './report-subscription-schedule.js';
import {
  advanceSubscriptionSchedule,
  findSubscription,
  listBeforeReviewSubscriptions,
  pendingReviewRuns,
  recordSubscriptionRun,
  setSubscriptionNextRun,
  SUBSCRIPTION_RUN_JOB,
} from './report-subscription.repository.js';
import type { ReportSubscriptionRow } from './report-subscription.table.js';

export { SUBSCRIPTION_RUN_JOB };
const ATTEMPTS = 3;

export interface SubscriptionJobPayload {
  subscriptionId: string;
  /** The nextRunAt this job was queued for: once the subscription is rescheduled, the job is stale. */
  scheduledFor?: string;
  /** « Before each review »: the review it announces (YYYY-MM-DD). */
  reviewDate?: string;
  /** « Envoyer maintenant »: sends whatever the schedule, and leaves it alone. */
  manual?: boolean;
  [key: string]: unknown;
}

type Row = Pick<ReportSubscriptionRow, 'id' | 'organizationId' | 'active' | 'schedule' | 'nextRunAt'>;

export const nextRunOf = (row: Pick<ReportSubscriptionRow, 'active' | 'schedule'>, now: Date) => (row.active ? nextRunAfter(row.schedule, now) : null);

/** Queues the sending for `nextRunAt`, in the transaction that set it. */
export async function queueScheduledSending(tx: DbOrTx, clock: Clock, row: Row) {
  if (!row.active || !row.nextRunAt) return;
  const payload: SubscriptionJobPayload = { subscriptionId: row.id, scheduledFor: row.nextRunAt.toISOString() };
  await enqueueJob(tx, clock, { kind: SUBSCRIPTION_RUN_JOB, organizationId: row.organizationId, payload, runAt: row.nextRunAt, maxAttempts: ATTEMPTS });
}

/** « Envoyer maintenant »: a job followed by its requester (GET /api/jobs/:id). */
export async function queueSendNow(tx: DbOrTx, clock: Clock, row: Row, requestedBy: string) {
  const payload: SubscriptionJobPayload = { subscriptionId: row.id, manual: true };
  return enqueueJob(tx, clock, { kind: SUBSCRIPTION_RUN_JOB, organizationId: row.organizationId, payload, createdBy: requestedBy, maxAttempts: 1 });
}

/**
 * For issue 7 (reviews): call it in the transaction that plans a review of the plan. Every active
 * « before each review » subscription of the plan gets its sending queued `daysBefore` days
 * before `reviewDate` (YYYY-MM-DD, Paris), at once if that moment has passed. Calling it again for
 * the same review queues nothing more.
 */
export async function queueSubscriptionsBeforeReview(
  tx: DbOrTx,
  ctx: Pick<AppContext, 'clock'>,
  { organizationId, planId, reviewDate }: { organizationId: string; planId: string; reviewDate: string },
) {
  const subscriptions = await listBeforeReviewSubscriptions(tx, { organizationId, planId });
  for (const row of subscriptions) await queueReviewSending(tx, ctx.clock, row, reviewDate);
  return subscriptions.length;
}

/** The sending for one review queued (unless it already is), then nextRunAt = the earliest sending still valid. */
async function queueReviewSending(tx: DbOrTx, clock: Clock, row: ReportSubscriptionRow, reviewDate: string) {
  const pending = await queueBeforeReview(tx, clock, row, reviewDate, await pendingOf(tx, row));
  await refreshReviewNextRun(tx, row, pending);
}

type PendingRun = Awaited<ReturnType<typeof pendingReviewRuns>>[number];
const pendingOf = (tx: DbOrTx, row: ReportSubscriptionRow) => pendingReviewRuns(tx, { organizationId: row.organizationId, subscriptionId: row.id });

/**
 * The sending for one review, at the moment the current schedule gives (at once if it has
 * passed), unless it is already among the `pending` ones; answers the pending sendings after.
 */
async function queueBeforeReview(tx: DbOrTx, clock: Clock, row: ReportSubscriptionRow, reviewDate: string, pending: PendingRun[]): Promise<PendingRun[]> {
  if (row.schedule.frequency !== 'before-review') return pending;
  const due = runAtBeforeReview(row.schedule, reviewDate);
  const scheduledFor = due.toISOString();
  if (pending.some((run) => run.scheduledFor === scheduledFor)) return pending;
  const payload: SubscriptionJobPayload = { subscriptionId: row.id, scheduledFor, reviewDate };
  const runAt = due > clock.now() ? due : clock.now();
  await enqueueJob(tx, clock, { kind: SUBSCRIPTION_RUN_JOB, organizationId: row.organizationId, payload, runAt, maxAttempts: ATTEMPTS });
  return [...pending, { scheduledFor, reviewDate }];
}

/**
 * nextRunAt of a « before each review » subscription: its earliest queued sending that its schedule
 * still gives (`pending`: those sendings, when the caller has just read them).
 */
async function refreshReviewNextRun(tx: DbOrTx, row: ReportSubscriptionRow, pending?: PendingRun[]) {
  pending ??= await pendingOf(tx, row);
  const valid = row.schedule.frequency === 'before-review' && row.active
    ? pending.filter((run) => runAtBeforeReview(row.schedule as Extract<SubscriptionSchedule, { frequency: 'before-review' }>, run.reviewDate).toISOString() === run.scheduledFor)
    : [];
  const earliest = valid.map((run) => run.scheduledFor).sort()[0];
  await setSubscriptionNextRun(tx, row, earliest ? new Date(earliest) : null);
}

/**
 * After a change of a « before each review » subscription (delay, hour, resumed): the reviews
 * already announced get their sending at the new moment; the jobs queued before go stale.
 */
export async function rescheduleReviewRuns(tx: DbOrTx, clock: Clock, row: ReportSubscriptionRow) {
  if (row.schedule.frequency !== 'before-review') return;
  let pending = await pendingOf(tx, row);
  if (row.active) for (const reviewDate of new Set(pending.map((run) => run.reviewDate))) pending = await queueBeforeReview(tx, clock, row, reviewDate, pending);
  await refreshReviewNextRun(tx, row, pending);
}

/**
 * One sending: the report generated AS the subscription's creator, e-mailed to every recipient.
 * A failure is noted on the subscription and thrown so the runner retries; the schedule moves on
 * after a success or the last attempt. A stale job (subscription changed, paused, removed) does
 * nothing.
 */
export function subscriptionRunHandler(ctx: AppContext): JobHandler {
  return async (job) => {
    const payload = job.payload as SubscriptionJobPayload;
    const organizationId = job.organizationId;
    if (!organizationId) return { skipped: 'sans collectivité' };
    const row = await findSubscription(ctx.db, { organizationId, id: payload.subscriptionId });
    if (!row) return { skipped: 'abonnement supprimé' };
    const stale = await staleReason(ctx, row, payload);
    if (stale) return { skipped: stale };

    const lastAttempt = job.attempts >= job.maxAttempts;
    try {
      // Generated outside the transaction: the report writes through ctx.db (PGlite has one connection).
      const report = await generateSubscriptionReport(ctx, row);
      return await ctx.db.transaction(async (tx) => {
        const result = await emailSubscriptionReport(tx, ctx, row, report);
        await moveOn(tx, ctx, row, payload);
        return result;
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await ctx.db.transaction(async (tx) => {
        await recordSubscriptionRun(tx, row, { lastRunAt: ctx.clock.now(), lastError: message });
        if (lastAttempt) await moveOn(tx, ctx, row, payload);
      });
      throw error;
    }
  };
}

async function staleReason(ctx: AppContext, row: ReportSubscriptionRow, payload: SubscriptionJobPayload): Promise<string | null> {
  if (payload.manual) return null;
  if (!row.active) return 'abonnement en pause';
  if (payload.reviewDate) {
    if (row.schedule.frequency !== 'before-review') return 'abonnement reprogrammé';
    // The delay or hour changed since this job was queued: the review's sending is the one at the new moment.
    if (runAtBeforeReview(row.schedule, payload.reviewDate).toISOString() !== payload.scheduledFor) {
      await ctx.db.transaction((tx) => queueReviewSending(tx, ctx.clock, row, payload.reviewDate!));
      return 'abonnement reprogrammé';
    }
    return null;
  }
  return row.nextRunAt?.toISOString() === payload.scheduledFor ? null : 'abonnement reprogrammé';
}

/** The next scheduled sending, once this one is done (a manual sending leaves the schedule alone). */
async function moveOn(tx: DbOrTx, ctx: AppContext, row: ReportSubscriptionRow, payload: SubscriptionJobPayload) {
  if (payload.manual || !payload.scheduledFor) return;
  if (payload.reviewDate) return refreshReviewNextRun(tx, row);
  const scheduledFor = new Date(payload.scheduledFor);
  const now = ctx.clock.now();
  const next = nextRunOf(row, now > scheduledFor ? now : scheduledFor);
  const moved = await advanceSubscriptionSchedule(tx, { organizationId: row.organizationId, id: row.id, scheduledFor }, next);
  if (moved) await queueScheduledSending(tx, ctx.clock, moved);
}
