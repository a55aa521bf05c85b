import type { CampaignDetail, CampaignRecipient } from '@pilotis/shared';
import { Anchor, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useFormatters } from '../../lib/use-formatters';
import { CampaignItemsList } from './CampaignItemsList';
import { CampaignStateBadge } from './CampaignsPage';
import { useCampaign, useCloseCampaign, useRemindCampaign } from './use-campaigns';

/** One campaign: who is done, who is late (or still to do), one-click reminders, closing. */
export function CampaignPage() {
  const { id } = useParams<{ id: string }>();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <LoadingState />;
  if (!campaign.data) return <ErrorAlert error={campaign.error} />;
  return <CampaignView campaign={campaign.data} />;
}

function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const remind = useRemindCampaign(campaign.id);
  const close = useCloseCampaign(campaign.id);
  const [confirmClose, setConfirmClose] = useState(false);
  const sendReminder = (userIds?: string[]) =>
    remind.mutate(userIds, {
      onSuccess: ({ reminded }) => notifySuccess(t('campaigns.detail.reminded', { count: reminded })),
      onError: (error) => notifyError(describeError(error, t)),
    });
  const closeNow = () =>
    close.mutate(undefined, {
      onSuccess: () => notifySuccess(t('campaigns.detail.closedDone')),
      onError: (error) => notifyError(describeError(error, t)),
      onSettled: () => setConfirmClose(false),
    });
  const waiting = campaign.recipientList.filter((r) => !r.done);
  const { round } = campaign;

  return (
    <>
      <Anchor component={Link} to={paths.campaigns} size="sm">← {t('campaigns.detail.back')}</Anchor>
      <PageHeader
        title={campaign.title}
        description={t('campaigns.detail.scope', { scope: campaign.scope.label })}
        actions={
          <>
            {campaign.can.remind && waiting.length > 0 && (
              <Button leftSection={<IconBellRinging size={18} aria-hidden />} loading={remind.isPending && remind.variables === undefined} onClick={() => sendReminder()}>
                {t('campaigns.detail.remindAll')}
              </Button>
            )}
            {campaign.can.close && <Button variant="default" onClick={() => setConfirmClose(true)}>{t('campaigns.detail.close')}</Button>}
          </>
        }
      />
      <Stack gap="xl">
        <Group gap="md">
          <CampaignStateBadge campaign={campaign} />
          <Text>{t('campaigns.detail.deadline', { date: format.date(round.deadline) })}</Text>
          <Text c="dimmed">{t('campaigns.detail.round', { number: round.number, date: format.dateTime(round.openedAt) })}</Text>
          {campaign.recurrenceWeeks && <Text c="dimmed">{t('campaigns.detail.recurring', { count: campaign.recurrenceWeeks })}</Text>}
          {campaign.closedAt && <Text c="dimmed">{t('campaigns.detail.closedOn', { date: format.dateTime(campaign.closedAt) })}</Text>}
        </Group>
        {campaign.message && <Text style={{ whiteSpace: 'pre-line' }}>{campaign.message}</Text>}
        <Text fw={600}>{t('campaigns.detail.summary', { done: campaign.done, total: campaign.recipients })}</Text>
        <WaitingSection campaign={campaign} waiting={waiting} onRemind={(userId) => sendReminder([userId])} reminding={remind.isPending} />
        <Stack component="section" aria-labelledby="campaign-recipients" gap="sm">
          <Title order={2} size="h3" id="campaign-recipients">{t('campaigns.detail.recipients')}</Title>
          <RecipientsTable recipients={campaign.recipientList} />
        </Stack>
      </Stack>
      <ConfirmModal opened={confirmClose} title={t('campaigns.detail.closeTitle')} message={t('campaigns.detail.closeMessage')}
        confirmLabel={t('campaigns.detail.close')} loading={close.isPending} onConfirm={closeNow} onClose={() => setConfirmClose(false)} />
    </>
  );
}

/** « En retard » once the deadline has passed, « À faire » before: the people not done, each with a reminder button. */
function WaitingSection({ campaign, waiting, onRemind, reminding }: { campaign: CampaignDetail; waiting: CampaignRecipient[]; onRemind: (userId: string) => void; reminding: boolean }) {
  const { t } = useTranslation();
  const late = campaign.round.late;
  return (
    <Stack component="section" aria-labelledby="campaign-waiting" gap="sm">
      <Title order={2} size="h3" id="campaign-waiting">{t(late ? 'campaigns.detail.late' : 'campaigns.detail.todo')}</Title>
      {late && <Text size="sm" c="dimmed">{t('campaigns.detail.lateHelp')}</Text>}
      {waiting.length === 0 ? (
        <Text c="dimmed">{t(late ? 'campaigns.detail.lateNone' : 'campaigns.detail.todoNone')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" withPadding={false} aria-labelledby="campaign-waiting">
          {waiting.map((r) => (
            <List.Item key={r.userId}>
              <Group gap="sm">
                <Text fw={500}>{r.name}</Text>
                <Text size="sm" c="dimmed">{t('campaigns.list.doneOf', { done: r.doneCount, total: r.doneCount + r.todoCount })}</Text>
                {campaign.can.remind && (
                  <Button size="compact-sm" variant="light" disabled={reminding} onClick={() => onRemind(r.userId)}>
                    {t('campaigns.detail.remindOne', { name: r.name })}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function RecipientsTable({ recipients }: { recipients: CampaignRecipient[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('campaigns.detail.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('campaigns.detail.person')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.detail.items')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.detail.status')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.detail.lastReminded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recipients.map((r) => (
            <Table.Tr key={r.userId}>
              <Table.Th scope="row" fw={500}>{r.name}</Table.Th>
              <Table.Td><CampaignItemsList items={r.items} /></Table.Td>
              <Table.Td>
                <StatusBadge tone={r.done ? 'positive' : r.late ? 'warning' : 'neutral'}>
                  {r.done ? t('campaigns.detail.upToDate') : r.late ? t('campaigns.detail.late') : t('campaigns.detail.notDone')}
                </StatusBadge>
              </Table.Td>
              <Table.Td>{r.lastRemindedAt ? format.dateTime(r.lastRemindedAt) : t('campaigns.detail.never')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
