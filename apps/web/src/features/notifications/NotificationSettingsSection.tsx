import { notificationDeliveries, notificationKinds, type NotificationDelivery, type NotificationKind } from '@pilotis/shared';
import { Paper, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useChangeNotificationSettings, useNotificationSettings } from './use-notifications';

/** « Notifications » on the account page: per kind, e-mail at once, in the daily digest, or never. */
export function NotificationSettingsSection() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const change = useChangeNotificationSettings();
  const deliveries = notificationDeliveries.map((value) => ({ value, label: t(`notifications.delivery.${value}`) }));

  const onChange = (kind: NotificationKind, value: string | null) => {
    if (!value) return;
    change.mutate(
      { [kind]: value as NotificationDelivery },
      { onSuccess: () => notifySuccess(t('notifications.settings.saved')), onError: (error) => notifyError(describeError(error, t)) },
    );
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="notification-settings-title">
      <Title order={2} size="h4" mb="xs" id="notification-settings-title">
        {t('notifications.settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('notifications.settings.intro')}
      </Text>
      {settings.isPending && <LoadingState />}
      <ErrorAlert error={settings.error} />
      {settings.data && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {notificationKinds.map((kind) => (
            <Select
              key={kind}
              label={t(`notifications.kinds.${kind}`)}
              data={deliveries}
              value={settings.data.data[kind]}
              onChange={(value) => onChange(kind, value)}
              allowDeselect={false}
              disabled={change.isPending}
            />
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
