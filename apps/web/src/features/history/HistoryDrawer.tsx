import { Divider, Drawer, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { HistoryEventItem } from './HistoryEventItem';
import { useHistory, type HistoryEntityType } from './use-history';

interface HistoryDrawerProps {
  opened: boolean;
  onClose: () => void;
  entityType: HistoryEntityType;
  entityId: string | undefined;
  title: string;
}

/** "Historique": every recorded change of one entity, newest first (the server sends them oldest first). */
export function HistoryDrawer({ opened, onClose, entityType, entityId, title }: HistoryDrawerProps) {
  const { t } = useTranslation();
  const history = useHistory(entityType, entityId, opened);
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="right" size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {history.isPending && history.fetchStatus !== 'idle' && <LoadingState />}
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
    </Drawer>
  );
}
