import { z } from 'zod';

export const jobStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** A background job as its requester follows it (progress bar, then its result or error). */
export const jobSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: jobStatusSchema,
  /** 0–100; 100 once done. */
  progress: z.number().int().min(0).max(100),
  /** What the job produced (e.g. `{ planId }`, `{ reportId }`), once done. */
  result: z.record(z.string(), z.unknown()).nullable(),
  /** The last failure: final when `failed`, a retry is planned when still `queued`. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof jobSchema>;

/** What a route answers when it hands work to a background job. */
export const jobQueuedSchema = z.object({ data: z.object({ jobId: z.uuid() }) });
