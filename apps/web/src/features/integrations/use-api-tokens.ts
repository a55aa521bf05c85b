import type { ApiToken, ApiTokenCreateInput } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost } from '../../lib/api';

export const API_TOKENS_KEY = ['api-tokens'] as const;

/** The creation answer: the only time the secret travels back to the browser. */
export type CreatedApiToken = ApiToken & { token: string };

export function useApiTokens() {
  return useQuery({
    queryKey: API_TOKENS_KEY,
    queryFn: async () => (await apiGet<{ data: ApiToken[] }>('/api/api-tokens')).data,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ApiTokenCreateInput) => (await apiPost<{ data: CreatedApiToken }>('/api/api-tokens', input)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_TOKENS_KEY }),
  });
}

/** Revoking keeps the token in the list (state « révoqué ») so its last use stays visible. */
export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete(`/api/api-tokens/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: API_TOKENS_KEY }),
  });
}
