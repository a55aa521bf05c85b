import type { Connector } from '@pilotis/shared';
import { Button, Modal } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useCurrentMe } from '../auth/use-me';
import { ConnectorForm } from './ConnectorForm';
import { ConnectorRunsModal } from './ConnectorRunsModal';
import { ConnectorsTable } from './ConnectorsTable';
import { useConnectors, useDeleteConnector, useRunConnector } from './use-connectors';

type Dialog = { kind: 'form'; connector?: Connector } | { kind: 'runs'; connector: Connector; launched: boolean } | { kind: 'delete'; connector: Connector };

/** « Connecteurs » (admins): Pilotis fetches measures from business applications on a schedule. */
export function ConnectorsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const connectors = useConnectors();
  const run = useRunConnector();
  const remove = useDeleteConnector();
  // The last dialog stays mounted while it closes (Mantine animates the exit).
  const [dialog, setDialog] = useState<Dialog>({ kind: 'form' });
  const [opened, setOpened] = useState(false);
  const open = (next: Dialog) => { setDialog(next); setOpened(true); };
  const close = () => setOpened(false);
  const launch = (connector: Connector) => {
    run.reset();
    run.mutate(connector.id);
    open({ kind: 'runs', connector, launched: true });
  };
  const confirmDelete = (connector: Connector) =>
    remove.mutate(connector.id, {
      onSuccess: () => notifySuccess(t('integrations.connectors.deleted', { name: connector.name })),
      onError: (error) => notifyError(describeError(error, t)),
      onSettled: close,
    });
  // The list refetches after edits: show the dialog on the fresh copy.
  const current = dialog.connector ? (connectors.data?.find((c) => c.id === dialog.connector!.id) ?? dialog.connector) : undefined;

  if (!me.can.manageMembers) return <ErrorAlert message={t('errors.forbidden')} />;
  return (
    <>
      <PageHeader
        title={t('integrations.connectors.title')}
        description={t('integrations.connectors.intro')}
        actions={<Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'form' })}>{t('integrations.connectors.new')}</Button>}
      />
      {connectors.isPending && <LoadingState />}
      <ErrorAlert error={connectors.error} />
      {connectors.data && (
        <ConnectorsTable
          connectors={connectors.data}
          runningId={run.isPending ? (run.variables ?? null) : null}
          onEdit={(connector) => open({ kind: 'form', connector })}
          onRun={launch}
          onShowRuns={(connector) => open({ kind: 'runs', connector, launched: false })}
          onDelete={(connector) => open({ kind: 'delete', connector })}
        />
      )}
      <Modal
        opened={opened && dialog.kind === 'form'}
        onClose={close}
        size="lg"
        title={t(current ? 'integrations.connectors.editTitle' : 'integrations.connectors.new')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog.kind === 'form' && <ConnectorForm key={current?.id ?? 'new'} connector={current} onDone={close} />}
      </Modal>
      <ConnectorRunsModal
        opened={opened && dialog.kind === 'runs'}
        connector={dialog.kind === 'runs' ? (current ?? null) : null}
        launched={dialog.kind === 'runs' && dialog.launched ? { run: run.data, error: run.error, pending: run.isPending } : null}
        onClose={close}
      />
      <ConfirmModal
        opened={opened && dialog.kind === 'delete'}
        title={t('integrations.connectors.deleteTitle')}
        message={t('integrations.connectors.deleteMessage', { name: current?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => current && confirmDelete(current)}
        onClose={close}
      />
    </>
  );
}
