import type { Job, PlanImportFields, PlanImportJobResult, PlanImportPreview } from '@pilotis/shared';
import { useMutation } from '@tanstack/react-query';
import { apiUpload } from '../../lib/api';
import { useJob } from '../../lib/use-job';

export const PLAN_IMPORT_PATH = '/plans/importer';
export const TEMPLATE_URL = '/api/import-templates/plan.xlsx';

export interface ImportRequest {
  file: File;
  fields: PlanImportFields;
}

const formOf = ({ file, fields }: ImportRequest) => {
  const form = new FormData();
  form.append('plan', JSON.stringify(fields));
  form.append('file', file);
  return form;
};

/** The dry run: nothing is written; sent again after each change of the mapping. */
export function usePlanImportPreview() {
  return useMutation({
    mutationFn: async (request: ImportRequest) => (await apiUpload<{ data: PlanImportPreview }>('/api/plans/import?dryRun=true', formOf(request))).data,
  });
}

/** The real import: the server answers a job to follow. */
export function usePlanImportStart() {
  return useMutation({
    mutationFn: async (request: ImportRequest) => (await apiUpload<{ data: { jobId: string } }>('/api/plans/import?dryRun=false', formOf(request))).data.jobId,
  });
}

/** The import job, asked every 700 ms until it is done or failed; the plans list is refreshed then. */
export const useImportJob = (jobId: string | null) => useJob(jobId, { intervalMs: 700, invalidateOnDone: ['plans'] });

export const importResultOf = (job: Job | undefined) => (job?.status === 'done' ? (job.result as PlanImportJobResult) : null);
