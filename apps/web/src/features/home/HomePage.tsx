import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/use-me';

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <Stack maw={720}>
      <PageHeader title={t('home.welcome', { name: me.user.name })} documentTitle={t('home.title')} />
      <Text size="lg">
        {me.organization ? t('home.organization', { organization: me.organization.name }) : t('home.noOrganization')}
      </Text>
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('home.nextTitle')}
        </Title>
        <Text>{t('home.next')}</Text>
        {(me.can.manageUnits || me.can.manageMembers) && <Text mt="sm">{t('home.adminHint')}</Text>}
      </Paper>
    </Stack>
  );
}
