import type { OutboundEmailStatus, OutboxEmail, OutboxPage } from '@pilotis/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, toQueryString } from '../../lib/api';

export const OUTBOX_KEY = ['outbox'] as const;
export const OUTBOX_PAGE_SIZE = 25;

export function useOutbox(status: OutboundEmailStatus | null, page: number) {
  return useQuery({
    queryKey: [...OUTBOX_KEY, 'list', status, page],
    queryFn: () => apiGet<OutboxPage>(`/api/admin/outbox${toQueryString({ status, page, pageSize: OUTBOX_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxEmail(id: string | null) {
  return useQuery({
    queryKey: [...OUTBOX_KEY, 'email', id],
    enabled: id !== null,
    queryFn: () => apiGet<{ data: OutboxEmail; can: { retry: boolean } }>(`/api/admin/outbox/${id}`),
  });
}

/** « Renvoyer »: back in the queue; the list and the e-mail show its new state. */
export function useRetryEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<{ data: OutboxEmail; can: { retry: boolean } }>(`/api/admin/outbox/${id}/retry`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OUTBOX_KEY }),
  });
}
