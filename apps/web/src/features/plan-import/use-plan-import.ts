import type { Job, PlanImportFields, PlanImportJobResult, PlanImportPreview } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiUpload } from '../../lib/api';

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

const finished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/** The import job, asked every 700 ms until it is done or failed; the plans list is refreshed then. */
export function useImportJob(jobId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['jobs', jobId],
    enabled: jobId !== null,
    queryFn: async () => {
      const job = (await apiGet<{ data: Job }>(`/api/jobs/${jobId}`)).data;
      if (job.status === 'done') void queryClient.invalidateQueries({ queryKey: ['plans'] });
      return job;
    },
    refetchInterval: (query) => (finished(query.state.data) ? false : 700),
  });
}

export const importResultOf = (job: Job | undefined) => (job?.status === 'done' ? (job.result as PlanImportJobResult) : null);
