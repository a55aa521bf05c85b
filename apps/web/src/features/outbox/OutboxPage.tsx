import { outboundEmailStatuses, type OutboundEmailStatus } from '@pilotis/shared';
import { Alert, Button, Group, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../lib/use-formatters';
import { useCurrentMe } from '../auth/use-me';
import { OutboxEmailModal } from './OutboxEmailModal';
import { OutboxStatusBadge } from './OutboxStatusBadge';
import { OUTBOX_PAGE_SIZE, useOutbox } from './use-outbox';

/** « Boîte d'envoi » (admins): every e-mail Pilotis sent or still has to send, with its errors. */
export function OutboxPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const format = useFormatters();
  const baseId = useId();
  const [status, setStatus] = useState<OutboundEmailStatus | null>(null);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const outbox = useOutbox(status, page);

  if (!me.can.manageMembers) return <ErrorAlert message={t('errors.forbidden')} />;
  const list = outbox.data;
  const pages = list ? Math.max(1, Math.ceil(list.page.total / OUTBOX_PAGE_SIZE)) : 1;
  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.intro')} />
      <Stack>
        {list && !list.smtpConfigured && (
          <Alert color="blue" title={t('outbox.noSmtpTitle')}>{t('outbox.noSmtp')}</Alert>
        )}
        <SegmentedControl
          aria-label={t('outbox.filter')}
          value={status ?? 'all'}
          onChange={(value) => { setStatus(value === 'all' ? null : (value as OutboundEmailStatus)); setPage(1); }}
          data={[{ value: 'all', label: t('outbox.all') }, ...outboundEmailStatuses.map((s) => ({ value: s, label: t(`outbox.statusFilter.${s}`) }))]}
          style={{ alignSelf: 'flex-start' }}
        />
        {outbox.isPending && <LoadingState />}
        <ErrorAlert error={outbox.error} />
        {list && list.data.length === 0 && <Text c="dimmed">{t('outbox.empty')}</Text>}
        {list && list.data.length > 0 && (
          <Table.ScrollContainer minWidth={800}>
            <Table striped verticalSpacing="xs">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                <Text component="span" c="dimmed" size="sm">{t('outbox.caption', { count: list.page.total })}</Text>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.recipients')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.state')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.date')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((email) => {
                  const headerId = `${baseId}-${email.id}`;
                  return (
                    <Table.Tr key={email.id}>
                      <Table.Th scope="row" id={headerId} fw={500}>
                        {email.subject}
                        {email.attachmentCount > 0 && <Text size="xs" c="dimmed">{t('outbox.attachmentCount', { count: email.attachmentCount })}</Text>}
                      </Table.Th>
                      <Table.Td><Text size="sm" style={{ wordBreak: 'break-all' }}>{email.to.join(', ')}</Text></Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          <OutboxStatusBadge status={email.status} />
                          {email.lastError && email.status !== 'sent' && <Text size="xs" c="red.9">{email.lastError}</Text>}
                        </Stack>
                      </Table.Td>
                      <Table.Td><Text size="sm">{format.dateTime(email.sentAt ?? email.createdAt)}</Text></Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" variant="light" aria-describedby={headerId} onClick={() => setOpenId(email.id)}>
                          {t('outbox.open')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {pages > 1 && (
          <Group justify="center">
            <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`outbox.page.${control}`) })}
              getItemProps={(p) => ({ 'aria-label': t('outbox.page.number', { page: p }) })} />
          </Group>
        )}
      </Stack>
      <OutboxEmailModal id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
