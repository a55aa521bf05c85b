import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HistoryTimeline } from './HistoryTimeline';
import { useHistory, type HistoryEntityType } from './use-history';

interface HistoryDrawerProps {
  opened: boolean;
  onClose: () => void;
  entityType: HistoryEntityType;
  entityId: string | undefined;
  title: string;
}

/** "Historique": every recorded change of one entity, in a side drawer. */
export function HistoryDrawer({ opened, onClose, entityType, entityId, title }: HistoryDrawerProps) {
  const { t } = useTranslation();
  const history = useHistory(entityType, entityId, opened);
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="right" size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <HistoryTimeline events={history.data} loading={history.isPending && history.fetchStatus !== 'idle'} error={history.error} />
    </Drawer>
  );
}
