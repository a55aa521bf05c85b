import { stat } from 'node:fs/promises';
import type { ReportFormat } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { forbidden } from '../../http/errors.js';
import { enqueueJob } from '../jobs/job.runner.js';
import { fileSlug } from '../reports/report-format.js';
import { reportContentTypes, reportFilePath, reportStorageKey, storeReportFile } from '../reports/report-storage.js';
import type { MinutesData } from './minutes.types.js';
import { gatherMinutes } from './review-minutes.data.js';
import { loadReviewFor } from './review-diff.service.js';
import type { MinutesReviewRow } from './review-minutes.repository.js';

export const REVIEW_MINUTES_SEND_JOB = 'review.minutes.send';

export interface MinutesFile {
  fileName: string;
  contentType: string;
  /** A stored file to stream, or the bytes generated now. */
  filePath: string | null;
  bytes: Buffer | null;
  size: number;
}

export const minutesFileName = (row: MinutesReviewRow, format: ReportFormat) => `releve-de-conclusions-${fileSlug(row.review.title)}-${row.review.date}.${format}`;

/**
 * The minutes files live beside the reports (`DATA_DIR/files/<organizationId>/reports/<reviewId>.<ext>`):
 * same storage, same checks; a review id never collides with a report id (both random uuids).
 */
export const minutesStoragePath = (ctx: Pick<AppContext, 'config'>, row: MinutesReviewRow, format: ReportFormat) =>
  reportFilePath(ctx.config, reportStorageKey(row.review.organizationId, row.review.id, format));

/** Writes one format with the writers loaded on first use (see reports/report-writers.ts). */
export async function writeMinutes(data: MinutesData, format: ReportFormat): Promise<Buffer> {
  const { minutesDocx, minutesPdf } = await import('./minutes-writers.js');
  return format === 'docx' ? minutesDocx(data) : minutesPdf(data);
}

/**
 * `GET /api/reviews/:id/minutes.(pdf|docx)`: once the minutes were sent, the very files sent;
 * before, generated now from what the reader may read.
 */
export async function openMinutes(ctx: AppContext, actor: MemberActor, reviewId: string, format: ReportFormat): Promise<MinutesFile> {
  const { row, manages } = await loadReviewFor(ctx, actor, reviewId);
  const base = { fileName: minutesFileName(row, format), contentType: reportContentTypes[format] };
  if (row.review.minutesSentAt) {
    const filePath = minutesStoragePath(ctx, row, format);
    const stored = await stat(filePath).catch(() => null);
    if (stored) return { ...base, filePath, bytes: null, size: stored.size };
  }
  const bytes = await writeMinutes(await gatherMinutes(ctx, row, actor, manages ? null : actor), format);
  return { ...base, filePath: null, bytes, size: bytes.length };
}

/** `POST /api/reviews/:id/minutes/send`: a job generates, stores and sends; the plan's managers only. */
export async function requestMinutesSending(ctx: AppContext, actor: MemberActor, reviewId: string) {
  const { row, manages } = await loadReviewFor(ctx, actor, reviewId);
  if (!manages) throw forbidden();
  const job = await enqueueJob(ctx.db, ctx.clock, {
    kind: REVIEW_MINUTES_SEND_JOB,
    organizationId: actor.organizationId,
    createdBy: actor.userId,
    // Sending twice would e-mail everyone twice: a failure is reported, the manager asks again.
    maxAttempts: 1,
    payload: { reviewId: row.review.id },
  });
  ctx.wakeJobs?.();
  return { jobId: job.id };
}

/** Generates both files as the plan's manager sees the plan and stores them under DATA_DIR. */
export async function storeMinutesFiles(ctx: AppContext, row: MinutesReviewRow, sender: MemberActor) {
  const data = await gatherMinutes(ctx, row, sender, null);
  const files = [];
  for (const format of ['pdf', 'docx'] as const) {
    const bytes = await writeMinutes(data, format);
    const filePath = await storeReportFile(ctx.config, reportStorageKey(row.review.organizationId, row.review.id, format), bytes);
    files.push({ fileName: minutesFileName(row, format), contentType: reportContentTypes[format], storagePath: filePath, byteSize: bytes.length });
  }
  return files;
}
