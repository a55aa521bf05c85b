import type { ApiToken } from '@pilotis/shared';
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
import { useOrgUnits } from '../org-units/use-org-units';
import { ApiTokenCreateForm } from './ApiTokenCreateForm';
import { ApiTokenSecret } from './ApiTokenSecret';
import { ApiTokensTable } from './ApiTokensTable';
import { useApiTokens, useRevokeApiToken, type CreatedApiToken } from './use-api-tokens';

/** « Jetons d'API » (admins): business applications push measures with them. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const tokens = useApiTokens();
  const units = useOrgUnits();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  // The secret is forgotten when the dialog closes: it is shown once, never again.
  const closeDialog = () => { setCreating(false); setCreated(null); };
  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => notifySuccess(t('integrations.tokens.revoked', { name: revoking.name })),
      onError: (error) => notifyError(describeError(error, t)),
      onSettled: () => setRevoking(null),
    });
  };

  if (!me.can.manageMembers) return <ErrorAlert message={t('errors.forbidden')} />;
  return (
    <>
      <PageHeader
        title={t('integrations.tokens.title')}
        description={t('integrations.tokens.intro')}
        actions={<Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>{t('integrations.tokens.new')}</Button>}
      />
      {tokens.isPending && <LoadingState />}
      <ErrorAlert error={tokens.error} />
      {tokens.data && <ApiTokensTable tokens={tokens.data} units={units.data ?? []} onRevoke={setRevoking} />}
      <Modal
        opened={creating}
        onClose={closeDialog}
        size="lg"
        title={t(created ? 'integrations.tokens.secretTitle' : 'integrations.tokens.new')}
        closeOnClickOutside={!created}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {created
          ? <ApiTokenSecret token={created} onDone={closeDialog} />
          : <ApiTokenCreateForm onCreated={setCreated} onCancel={closeDialog} />}
      </Modal>
      <ConfirmModal
        opened={revoking !== null}
        title={t('integrations.tokens.revokeTitle')}
        message={t('integrations.tokens.revokeMessage', { name: revoking?.name ?? '' })}
        confirmLabel={t('integrations.tokens.revoke')}
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
