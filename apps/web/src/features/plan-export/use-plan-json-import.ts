import type { PlanImportResult } from '@pilotis/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '../../lib/api';

/** The same file goes twice: first as a dry run (preview, nothing written), then for real (all or nothing). */
export function usePlanJsonImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', file);
      return (await apiUpload<{ data: PlanImportResult }>(`/api/plans/import-json?dryRun=${dryRun}`, form)).data;
    },
    onSuccess: (result) => {
      if (result.planId) void queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}
