import { createReportSchema } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { reportJobProgress } from '../jobs/job-progress.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { generateReport } from './report-generate.service.js';

export { REPORT_GENERATE_JOB } from './report.service.js';

/** `report.generate`: generates as the person who asked; the result is `{ reportId }`. */
export function reportGenerateHandler(ctx: AppContext): JobHandler {
  return async (job) => {
    const input = createReportSchema.parse(job.payload);
    if (!job.organizationId || !job.createdBy) throw new Error('Tâche de rapport sans collectivité ni demandeur');
    const report = await generateReport(
      ctx,
      { organizationId: job.organizationId, actorUserId: job.createdBy, kind: input.kind, format: input.format, filter: input.filter },
      { jobId: job.id, onProgress: (progress) => reportJobProgress(ctx.db, job.id, progress) },
    );
    return { reportId: report.reportId };
  };
}
