import { Divider, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { HistoryEventItem } from '../../history/HistoryEventItem';
import { useUsers } from '../../users/use-users';
import { useActionHistory } from '../use-action';
import { useStatuses } from '../use-statuses';
import { FicheSection } from './FicheSection';

/** « Historique »: who changed what and when on the fiche and its parts, newest first. */
export function HistorySection({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  const history = useActionHistory(actionId);
  // People and statuses are looked up by id when values are put into words: load them with the history.
  useUsers();
  useStatuses();
  return (
    <FicheSection title={t('common.history')}>
      {history.isPending && <LoadingState />}
      <ErrorAlert error={history.error} />
      {history.data?.length === 0 && <Text c="dimmed">{t('history.empty')}</Text>}
      <Stack gap="md">
        {[...(history.data ?? [])].reverse().map((event, index) => (
          <Fragment key={event.id}>
            {index > 0 && <Divider />}
            <HistoryEventItem event={event} />
          </Fragment>
        ))}
      </Stack>
    </FicheSection>
  );
}
