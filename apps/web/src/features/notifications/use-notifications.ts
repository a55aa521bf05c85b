import type { Notification, NotificationPage, NotificationPreferences, NotificationSettingsPatch } from '@pilotis/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, toQueryString } from '../../lib/api';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const SETTINGS_KEY = ['notification-settings'] as const;
export const NOTIFICATIONS_PAGE_SIZE = 20;
/** The bell asks again every minute: new notifications show without reloading the page. */
const BELL_REFRESH_MS = 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'count'],
    queryFn: () => apiGet<NotificationPage>(`/api/notifications${toQueryString({ unread: 'true', pageSize: 1 })}`),
    select: (page) => page.unreadCount,
    refetchInterval: BELL_REFRESH_MS,
  });
}

export function useNotifications(unreadOnly: boolean, page: number) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', unreadOnly, page],
    queryFn: () => apiGet<NotificationPage>(`/api/notifications${toQueryString({ unread: unreadOnly ? 'true' : undefined, page, pageSize: NOTIFICATIONS_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<{ data: Notification; unreadCount: number }>(`/api/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<{ data: { marked: number }; unreadCount: number }>('/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useNotificationSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => apiGet<{ data: NotificationPreferences }>('/api/me/notification-settings') });
}

export function useChangeNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: NotificationSettingsPatch) => apiPatch<{ data: NotificationPreferences }>('/api/me/notification-settings', patch),
    onSuccess: (answer) => queryClient.setQueryData(SETTINGS_KEY, answer),
  });
}
