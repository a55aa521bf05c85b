import type { AppContext } from '../../context.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { runPlanImport } from './plan-import.service.js';

export { PLAN_IMPORT_JOB } from './plan-import.service.js';

/** `plan.import`: the result is `{ planId, counts }`, or `{ planId: null, problems }` when nothing was written. */
export function planImportHandler(ctx: AppContext): JobHandler {
  return async (job) => (await runPlanImport(ctx, job)) as unknown as Record<string, unknown>;
}
