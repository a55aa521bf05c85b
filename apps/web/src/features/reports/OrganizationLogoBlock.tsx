import { Button, Card, FileInput, Group, Image, Stack, Text, Title } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import { useCurrentMe } from '../auth/use-me';
import { LOGO_URL, useLogoState, useRemoveLogo, useUploadLogo } from './use-reports';

/** The collectivité's logo for report covers (admins): shown, replaced, removed. */
export function OrganizationLogoBlock() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const logo = useLogoState();
  const upload = useUploadLogo();
  const remove = useRemoveLogo();
  const [file, setFile] = useState<File | null>(null);
  if (!me.can.manageMembers) return null;
  return (
    <Card withBorder component="section" aria-labelledby="organization-logo-title" mt="xl" maw={640}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="organization-logo-title">{t('reports.logo.title')}</Title>
        <Text size="sm" c="dimmed">{t('reports.logo.intro')}</Text>
        {logo.data?.present ? (
          <Image src={`${LOGO_URL}?v=${logo.data.version}`} alt={t('reports.logo.current')} h={80} w="auto" fit="contain" style={{ alignSelf: 'flex-start' }} />
        ) : (
          <Text size="sm">{t('reports.logo.none')}</Text>
        )}
        <ErrorAlert error={upload.error ?? remove.error} />
        <Group align="flex-end">
          <FileInput label={t('reports.logo.choose')} accept="image/png,image/jpeg" value={file} onChange={setFile} clearable w={280} />
          <Button leftSection={<IconUpload size={18} aria-hidden />} disabled={!file} loading={upload.isPending}
            onClick={() => file && upload.mutate(file, { onSuccess: () => { setFile(null); notifySuccess(t('reports.logo.saved')); } })}>
            {t('reports.logo.upload')}
          </Button>
          {logo.data?.present && (
            <Button variant="default" color="red" leftSection={<IconTrash size={18} aria-hidden />} loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => notifySuccess(t('reports.logo.removed')) })}>
              {t('reports.logo.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
