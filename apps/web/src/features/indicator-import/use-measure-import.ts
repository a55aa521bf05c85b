import type { MeasureImportResult } from '@pilotis/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '../../lib/api';

/** The same file goes twice: first as a dry run (nothing written), then for real (all or nothing). */
export function useMeasureImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', file);
      return (await apiUpload<{ data: MeasureImportResult }>(`/api/indicators/import?dryRun=${dryRun}`, form)).data;
    },
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
}
