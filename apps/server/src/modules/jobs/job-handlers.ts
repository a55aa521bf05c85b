import type { AppContext } from '../../context.js';
import { connectorRunHandler } from '../connectors/connector.jobs.js';
import { CONNECTOR_RUN_JOB } from '../connectors/connector-schedule.js';
import type { JobHandler } from './job.runner.js';
import { mailSendHandler } from '../mail/mail.jobs.js';
import { MAIL_SEND_JOB } from '../mail/mail.repository.js';
import { SUBSCRIPTION_RUN_JOB, subscriptionRunHandler } from '../report-subscriptions/report-subscription-jobs.js';
import { PLAN_IMPORT_JOB, planImportHandler } from '../plan-import/plan-import.jobs.js';
import { REPORT_GENERATE_JOB, reportGenerateHandler } from '../reports/report.jobs.js';
import { NOTIFICATION_DIGEST_JOB, notificationDigestHandler } from '../notifications/notification-digest.js';
import { REVIEW_MINUTES_SEND_JOB, reviewMinutesSendHandler } from '../review-minutes/review-minutes.jobs.js';
import { NOTIFICATION_DAILY_JOB, notificationDailyHandler } from '../notifications/notification-daily.js';
import { CAMPAIGN_DAILY_JOB, campaignDailyHandler } from '../campaigns/campaign-daily.js';

/** Every job kind this app runs; server.ts and tests build their runner with the same handlers. */
export function jobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return { [CONNECTOR_RUN_JOB]: connectorRunHandler(ctx), [MAIL_SEND_JOB]: mailSendHandler(ctx), [SUBSCRIPTION_RUN_JOB]: subscriptionRunHandler(ctx), [PLAN_IMPORT_JOB]: planImportHandler(ctx), [REPORT_GENERATE_JOB]: reportGenerateHandler(ctx), [NOTIFICATION_DIGEST_JOB]: notificationDigestHandler(ctx), [NOTIFICATION_DAILY_JOB]: notificationDailyHandler(ctx), [CAMPAIGN_DAILY_JOB]: campaignDailyHandler(ctx), [REVIEW_MINUTES_SEND_JOB]: reviewMinutesSendHandler(ctx) };
}
