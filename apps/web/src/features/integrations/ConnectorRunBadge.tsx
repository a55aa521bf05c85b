import type { ConnectorRun } from '@pilotis/shared';
import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../../app/theme';

const tones = { running: statusColors.neutral, success: statusColors.positive, failed: '#a61e1e' } as const;

/** « Réussi », « Échoué », « En cours »: the word carries the meaning, the dark fill only echoes it. */
export function ConnectorRunBadge({ status }: { status: ConnectorRun['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" color={tones[status]} variant="filled" radius="sm" tt="none" fw={600} maw="none" styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {t(`integrations.connectors.runStatuses.${status}`)}
    </Badge>
  );
}

/** « 12 lignes lues, 10 écrites » with each count in its own plural. */
export function runCounts(t: TFunction, run: Pick<ConnectorRun, 'fetchedRows' | 'writtenRows'>) {
  return `${t('integrations.connectors.fetchedCount', { count: run.fetchedRows })}, ${t('integrations.connectors.writtenCount', { count: run.writtenRows })}`;
}
