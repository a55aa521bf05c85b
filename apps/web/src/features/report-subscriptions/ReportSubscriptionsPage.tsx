import type { ReportSubscription } from '@pilotis/shared';
import { Button, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useJob } from '../../lib/use-job';
import { useCurrentMe } from '../auth/use-me';
import { usePlans } from '../plans/use-plans';
import { SubscriptionForm } from './SubscriptionForm';
import { SubscriptionsTable } from './SubscriptionsTable';
import { useDeleteSubscription, useReportSubscriptions, useSendNow, useUpdateSubscription } from './use-report-subscriptions';

type Dialog = { kind: 'form'; subscription?: ReportSubscription } | { kind: 'delete'; subscription: ReportSubscription };

/**
 * « Abonnements » of the « Rapports » area: reports generated on a schedule and e-mailed to
 * people of the collectivité and outside addresses. Set up by plan managers and admins.
 */
export function ReportSubscriptionsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [params, setParams] = useSearchParams();
  const planFilter = params.get('planId');
  const plans = usePlans();
  const subscriptions = useReportSubscriptions(planFilter);
  const remove = useDeleteSubscription();
  const toggle = useUpdateSubscription();
  const sendNow = useSendNow();
  const [followed, setFollowed] = useState<string | null>(null);
  const job = useJob(followed, { intervalMs: 2000 });
  const [dialog, setDialog] = useState<Dialog>({ kind: 'form' });
  const [opened, setOpened] = useState(false);
  const open = (next: Dialog) => { setDialog(next); setOpened(true); };
  const close = () => setOpened(false);

  const managed = (plans.data ?? []).filter((p) => me.can.manageMembers || p.myRole === 'manager');
  const current = dialog.subscription ? (subscriptions.data?.find((s) => s.id === dialog.subscription!.id) ?? dialog.subscription) : undefined;

  // Tells once how the « Envoyer maintenant » job ended.
  useEffect(() => {
    const status = job.data?.status;
    if (!followed || (status !== 'done' && status !== 'failed')) return;
    if (status === 'done') notifySuccess(t('subscriptions.sent'));
    else notifyError(t('subscriptions.sendFailed', { error: job.data?.error ?? '' }));
    setFollowed(null);
    void subscriptions.refetch();
  }, [job.data?.status, followed]);

  const launch = (s: ReportSubscription) =>
    sendNow.mutate(s.id, {
      onSuccess: ({ jobId }) => { notifySuccess(t('subscriptions.sending')); setFollowed(jobId); },
      onError: (error) => notifyError(describeError(error, t)),
    });
  const flip = (s: ReportSubscription) =>
    toggle.mutate({ id: s.id, version: s.version, active: !s.active }, {
      onSuccess: () => notifySuccess(t(s.active ? 'subscriptions.pausedDone' : 'subscriptions.resumed')),
      onError: (error) => notifyError(describeError(error, t)),
    });
  const confirmDelete = (s: ReportSubscription) =>
    remove.mutate(s.id, {
      onSuccess: () => notifySuccess(t('subscriptions.deleted')),
      onError: (error) => notifyError(describeError(error, t)),
      onSettled: close,
    });

  return (
    <>
      <PageHeader
        title={t('subscriptions.title')}
        description={t('subscriptions.intro')}
        actions={managed.length > 0 && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'form' })}>{t('subscriptions.new')}</Button>
        )}
      />
      <Stack>
        {managed.length > 1 && (
          <NativeSelect
            label={t('subscriptions.planFilter')}
            value={planFilter ?? ''}
            onChange={(event) => setParams(event.currentTarget.value ? { planId: event.currentTarget.value } : {})}
            data={[{ value: '', label: t('subscriptions.allPlans') }, ...managed.map((p) => ({ value: p.id, label: p.name }))]}
            maw={420}
          />
        )}
        {plans.data && managed.length === 0 && <Text c="dimmed">{t('subscriptions.whoMay')}</Text>}
        {subscriptions.isPending && <LoadingState />}
        <ErrorAlert error={subscriptions.error} />
        {subscriptions.data && (
          <SubscriptionsTable
            subscriptions={subscriptions.data}
            sendingId={sendNow.isPending ? (sendNow.variables ?? null) : null}
            onSendNow={launch}
            onToggle={flip}
            onEdit={(subscription) => open({ kind: 'form', subscription })}
            onDelete={(subscription) => open({ kind: 'delete', subscription })}
          />
        )}
      </Stack>
      <Modal opened={opened && dialog.kind === 'form'} onClose={close} size="lg" title={t(current ? 'subscriptions.editTitle' : 'subscriptions.new')}
        closeButtonProps={{ 'aria-label': t('common.close') }}>
        {dialog.kind === 'form' && (
          <SubscriptionForm key={current?.id ?? 'new'} subscription={current} plans={managed} defaultPlanId={planFilter ?? managed[0]?.id ?? ''} onDone={close} />
        )}
      </Modal>
      <ConfirmModal
        opened={opened && dialog.kind === 'delete'}
        title={t('subscriptions.deleteTitle')}
        message={t('subscriptions.deleteMessage')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => current && confirmDelete(current)}
        onClose={close}
      />
    </>
  );
}
