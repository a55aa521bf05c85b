import type { AuditEvent } from '@pilotis/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';

export type HistoryEntityType = 'orgUnit' | 'user';

export function useHistory(entityType: HistoryEntityType, entityId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['history', entityType, entityId],
    queryFn: async () => (await apiGet<{ data: AuditEvent[] }>(`/api/history/${entityType}/${entityId}`)).data,
    enabled: enabled && entityId !== undefined,
  });
}
