import type { Connector } from '@pilotis/shared';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';
import { ConnectorRunBadge, runCounts } from './ConnectorRunBadge';

interface ConnectorsTableProps {
  connectors: Connector[];
  runningId: string | null;
  onEdit: (connector: Connector) => void;
  onRun: (connector: Connector) => void;
  onShowRuns: (connector: Connector) => void;
  onDelete: (connector: Connector) => void;
}

/** Each connector with its schedule and how its last run went; row buttons are described by its name. */
export function ConnectorsTable({ connectors, runningId, onEdit, onRun, onShowRuns, onDelete }: ConnectorsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const baseId = useId();
  if (connectors.length === 0) return <Text c="dimmed">{t('integrations.connectors.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('integrations.connectors.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('integrations.connectors.name')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.source')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.schedule')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.lastRun')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connectors.map((connector) => {
            const headerId = `${baseId}-${connector.id}`;
            const described = { 'aria-describedby': headerId };
            const run = connector.lastRun;
            return (
              <Table.Tr key={connector.id}>
                <Table.Th scope="row" id={headerId}>{connector.name}</Table.Th>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>{connector.url}</Text>
                  <Text size="xs" c="dimmed">{connector.format.toUpperCase()} · {t('integrations.connectors.indicatorCount', { count: connector.indicatorIds.length })}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{connector.enabled ? t(`integrations.connectors.schedules.${connector.schedule}`) : t('integrations.connectors.disabled')}</Text>
                  {connector.enabled && connector.nextRunAt && (
                    <Text size="xs" c="dimmed">{t('integrations.connectors.nextRun', { date: format.dateTime(connector.nextRunAt) })}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {run ? (
                    <Stack gap={2}>
                      <Group gap={6}><ConnectorRunBadge status={run.status} /><Text size="sm">{format.dateTime(run.startedAt)}</Text></Group>
                      <Text size="xs" c="dimmed">{runCounts(t, run)}</Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">{t('integrations.connectors.noRun')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="light" {...described} leftSection={<IconPlayerPlay size={14} aria-hidden />}
                      loading={runningId === connector.id} onClick={() => onRun(connector)}>{t('integrations.connectors.runNow')}</Button>
                    <Button size="compact-sm" variant="subtle" {...described} onClick={() => onShowRuns(connector)}>{t('integrations.connectors.history')}</Button>
                    <Button size="compact-sm" variant="subtle" {...described} onClick={() => onEdit(connector)}>{t('common.edit')}</Button>
                    <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" {...described} onClick={() => onDelete(connector)}>{t('common.delete')}</Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
