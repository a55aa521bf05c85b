import type { DbOrTx } from '../../db/client.js';
import { updateJobProgress } from './job.repository.js';

/** Progress of the jobs this process runs, readable at once by GET /api/jobs/:id. */
const localProgress = new Map<string, number>();

/**
 * Records how far a running job is (0–100). Handlers usually call it from inside the transaction
 * that does the work, so the database write is NOT awaited: on PGlite (one connection) it waits for
 * that transaction, and awaiting it there would deadlock. The in-process value answers meanwhile;
 * on PostgreSQL the write lands at once and other app processes see it too.
 */
export function reportJobProgress(db: DbOrTx, jobId: string, progress: number) {
  const value = Math.max(0, Math.min(99, Math.round(progress)));
  if ((localProgress.get(jobId) ?? -1) >= value) return;
  localProgress.set(jobId, value);
  void updateJobProgress(db, jobId, value).catch(() => undefined);
}

export const localJobProgress = (jobId: string) => localProgress.get(jobId);

export function forgetJobProgress(jobId: string) {
  localProgress.delete(jobId);
}
