import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NOTIFICATIONS_PATH } from './paths';
import { useUnreadCount } from './use-notifications';

/** The header's bell: a link to the notification centre whose name says how many are unread. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data ?? 0;
  const label = unread > 0 ? t('notifications.nav.unread', { count: unread }) : t('notifications.nav.label');
  return (
    // The number is in the link's name already; the badge itself is hidden from screen readers.
    <Indicator label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>} size={18} disabled={unread === 0} color="red.8" offset={4}>
      <ActionIcon component={Link} to={NOTIFICATIONS_PATH} variant="subtle" color="gray.8" size="lg" aria-label={label}>
        <IconBell size={22} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
