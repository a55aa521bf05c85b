import { Button, Modal } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useStatuses } from '../actions/use-statuses';
import { useCurrentMe } from '../auth/use-me';
import { StatusesTable } from './StatusesTable';
import { StatusForm } from './StatusForm';

/** « Statuts »: the collectivité's status list (admins). Dialog state keeps the last one while it closes. */
export function StatusesPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const statuses = useStatuses();
  const [dialog, setDialog] = useState<{ id: string | null }>({ id: null });
  const [opened, setOpened] = useState(false);
  const open = (id: string | null) => { setDialog({ id }); setOpened(true); };
  const list = [...(statuses.data ?? [])].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label, 'fr'));
  const editing = dialog.id ? list.find((s) => s.id === dialog.id) : undefined;

  if (!me.can.manageMembers) return <ErrorAlert message={t('errors.forbidden')} />;
  return (
    <>
      <PageHeader
        title={t('statuses.title')}
        description={t('statuses.intro')}
        actions={<Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open(null)}>{t('statuses.new')}</Button>}
      />
      {statuses.isPending && <LoadingState />}
      <ErrorAlert error={statuses.error} />
      {statuses.data && <StatusesTable statuses={list} onEdit={open} />}
      <Modal opened={opened} onClose={() => setOpened(false)} title={t(editing ? 'statuses.editTitle' : 'statuses.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <StatusForm key={dialog.id ?? 'new'} status={editing} onDone={() => setOpened(false)} />
      </Modal>
    </>
  );
}
