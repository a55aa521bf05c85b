import type { Connector, ConnectorRun } from '@pilotis/shared';
import { Alert, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormatters } from '../../lib/use-formatters';
import { ConnectorRunBadge, runCounts } from './ConnectorRunBadge';
import { useConnectorRuns } from './use-connectors';

interface ConnectorRunsModalProps {
  connector: Connector | null;
  opened: boolean;
  /** Set after « Lancer maintenant »: its result is shown first (and announced). */
  launched: { run?: ConnectorRun; error?: unknown; pending: boolean } | null;
  onClose: () => void;
}

/** A connector's runs, newest first: when, fetched rows, written rows, errors. */
export function ConnectorRunsModal({ connector, opened, launched, onClose }: ConnectorRunsModalProps) {
  const { t } = useTranslation();
  const runs = useConnectorRuns(opened && connector ? connector.id : null);
  // The launched run as the history now knows it (it may have finished since).
  const latest = launched?.run ? (runs.data?.find((run) => run.id === launched.run!.id) ?? launched.run) : undefined;
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t('integrations.connectors.runsTitle', { name: connector?.name ?? '' })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {launched && (
          <section aria-labelledby="connector-launch-title">
            <Title order={2} size="h4" id="connector-launch-title" mb="xs">{t('integrations.connectors.launchResult')}</Title>
            {launched.pending && <LoadingState />}
            <ErrorAlert error={launched.error} />
            {latest && <RunSummary run={latest} />}
          </section>
        )}
        <section aria-labelledby="connector-runs-title">
          <Title order={2} size="h4" id="connector-runs-title" mb="xs">{t('integrations.connectors.history')}</Title>
          {runs.isPending && <LoadingState />}
          <ErrorAlert error={runs.error} />
          {runs.data && <RunsTable runs={runs.data} />}
        </section>
      </Stack>
    </Modal>
  );
}

/** role="status": the outcome of the run is read out when it arrives. */
function RunSummary({ run }: { run: ConnectorRun }) {
  const { t } = useTranslation();
  const color = run.status === 'failed' ? 'red.9' : run.status === 'success' ? '#1b6e3a' : 'gray.7';
  return (
    <Alert role="status" color={color} variant="outline" c="dark">
      <Stack gap={4}>
        <Text fw={600}><ConnectorRunBadge status={run.status} />{' '}{runCounts(t, run)}</Text>
        {run.status === 'failed' && <Text size="sm">{t('integrations.connectors.failedWritesNothing')}</Text>}
        <RunErrors errors={run.errors} />
      </Stack>
    </Alert>
  );
}

function RunErrors({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {errors.map((error, index) => <List.Item key={index}>{error}</List.Item>)}
    </List>
  );
}

function RunsTable({ runs }: { runs: ConnectorRun[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (runs.length === 0) return <Text c="dimmed">{t('integrations.connectors.noRun')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('integrations.connectors.startedAt')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.trigger')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.status')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.fetched')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.written')}</Table.Th>
            <Table.Th scope="col">{t('integrations.connectors.errors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Th scope="row">{format.dateTime(run.startedAt)}</Table.Th>
              <Table.Td>{t(`integrations.connectors.triggers.${run.trigger}`)}</Table.Td>
              <Table.Td><ConnectorRunBadge status={run.status} /></Table.Td>
              <Table.Td>{run.fetchedRows}</Table.Td>
              <Table.Td>{run.writtenRows}</Table.Td>
              <Table.Td>{run.errors.length === 0 ? t('common.empty') : <RunErrors errors={run.errors} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
