import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/use-me';
import { ChangePasswordForm } from './ChangePasswordForm';
import { NotificationSettingsSection } from '../notifications/NotificationSettingsSection';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <Stack maw={560}>
      <PageHeader title={t('account.title')} />
      {me.user.mustChangePassword && (
        <Alert color="blue" variant="outline" c="blue.9">
          {t('account.mustChange')}
        </Alert>
      )}
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('account.profile')}
        </Title>
        <Text fw={600}>{me.user.name}</Text>
        <Text c="dimmed">{me.user.email}</Text>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="md">
          {t('account.changePassword')}
        </Title>
        <ChangePasswordForm />
      </Paper>
      <NotificationSettingsSection />
    </Stack>
  );
}
