import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';

interface SaveErrorProps {
  error: unknown;
  /** Reloads the fiche (and forgets the failed attempt) after a 409. */
  onReload: () => void;
}

/** A failed save; after a 409 (someone saved meanwhile) it offers « Recharger ». */
export function SaveError({ error, onReload }: SaveErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const conflict = isApiError(error, 409);
  return (
    <Alert role="alert" color="red" variant="outline" c="red.9" icon={<IconAlertTriangle aria-hidden />}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{describeError(error, t)}</Text>
        {conflict && (
          <Button size="compact-sm" variant="outline" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onReload}>
            {t('common.reload')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
