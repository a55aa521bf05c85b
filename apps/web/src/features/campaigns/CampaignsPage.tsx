import type { CampaignSummary } from '@pilotis/shared';
import { Anchor, Button, Modal, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { campaignPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormatters } from '../../lib/use-formatters';
import { useCurrentMe } from '../auth/use-me';
import { usePlans } from '../plans/use-plans';
import { CampaignForm } from './CampaignForm';
import { useCampaigns } from './use-campaigns';

/** « Campagnes »: the update campaigns the actor runs or started, and « Nouvelle campagne ». */
export function CampaignsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const plans = usePlans();
  const campaigns = useCampaigns();
  const [opened, setOpened] = useState(false);
  const isAdmin = me.can.manageMembers === true;
  const managed = (plans.data ?? []).filter((p) => isAdmin || p.myRole === 'manager');
  const done = (id: string | null) => {
    setOpened(false);
    if (id) void navigate(campaignPath(id));
  };

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        description={t('campaigns.intro')}
        actions={managed.length > 0 && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpened(true)}>{t('campaigns.new')}</Button>
        )}
      />
      <Stack>
        {plans.data && managed.length === 0 && <Text c="dimmed">{t('campaigns.whoMay')}</Text>}
        {campaigns.isPending && <LoadingState />}
        <ErrorAlert error={campaigns.error} />
        {campaigns.data && <CampaignsTable campaigns={campaigns.data} />}
      </Stack>
      <Modal opened={opened} onClose={() => setOpened(false)} size="lg" title={t('campaigns.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {opened && <CampaignForm plans={managed} isAdmin={isAdmin} onDone={done} />}
      </Modal>
    </>
  );
}

function CampaignsTable({ campaigns }: { campaigns: CampaignSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (campaigns.length === 0) return <Text c="dimmed">{t('campaigns.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('campaigns.list.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('campaigns.list.title')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.list.scope')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.list.deadline')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.list.progress')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.list.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={campaignPath(c.id)}>{c.title}</Anchor>
                {c.recurrenceWeeks && (
                  <Text size="sm" c="dimmed">{t('campaigns.list.every', { count: c.recurrenceWeeks })} · {t('campaigns.list.round', { number: c.round.number })}</Text>
                )}
              </Table.Td>
              <Table.Td>{c.scope.label}</Table.Td>
              <Table.Td>{format.date(c.round.deadline)}</Table.Td>
              <Table.Td>{t('campaigns.list.doneOf', { done: c.done, total: c.recipients })}</Table.Td>
              <Table.Td><CampaignStateBadge campaign={c} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function CampaignStateBadge({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  if (campaign.closedAt) return <StatusBadge tone="neutral">{t('campaigns.list.closed')}</StatusBadge>;
  if (campaign.round.late) return <StatusBadge tone="warning">{t('campaigns.list.late')}</StatusBadge>;
  return <StatusBadge tone="positive">{t('campaigns.list.open')}</StatusBadge>;
}
