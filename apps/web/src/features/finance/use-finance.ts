import type { FinanceImportResult, FinanceLine, PortfolioBudget } from '@pilotis/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiUpload, toQueryString } from '../../lib/api';

const FINANCE_KEY = ['finance'] as const;

export function usePortfolioBudget(portfolioId: string, year: number | null) {
  return useQuery({
    queryKey: [...FINANCE_KEY, 'budget', portfolioId, year],
    queryFn: async () => (await apiGet<{ data: PortfolioBudget }>(`/api/portfolios/${portfolioId}/budget${toQueryString({ year })}`)).data,
    placeholderData: keepPreviousData,
  });
}

export type FinanceLines = { data: FinanceLine[]; counts: { total: number; unmatched: number }; can: { import: boolean; assign: boolean } };

export function useUnmatchedLines(portfolioId: string) {
  return useQuery({
    queryKey: [...FINANCE_KEY, 'lines', portfolioId, 'unmatched'],
    queryFn: () => apiGet<FinanceLines>(`/api/finance/lines${toQueryString({ portfolioId, unmatched: true })}`),
  });
}

/** The same file goes twice: first as a dry run (nothing written), then for real (all or nothing). */
export function useFinanceImport(portfolioId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', file);
      // Written out: toQueryString leaves out `false`, and the server's default is a dry run.
      return (await apiUpload<{ data: FinanceImportResult }>(`/api/finance/import?portfolioId=${portfolioId}&dryRun=${dryRun}`, form)).data;
    },
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: FINANCE_KEY });
    },
  });
}

export function useAssignLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, actionId }: { lineId: string; actionId: string | null }) => apiPatch<{ data: FinanceLine }>(`/api/finance/lines/${lineId}`, { actionId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FINANCE_KEY }),
  });
}
