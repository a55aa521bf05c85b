import type { ReportSubscription } from '@pilotis/shared';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';
import { useScheduleLabel } from './use-schedule-label';

interface SubscriptionsTableProps {
  subscriptions: ReportSubscription[];
  sendingId: string | null;
  onSendNow: (subscription: ReportSubscription) => void;
  onToggle: (subscription: ReportSubscription) => void;
  onEdit: (subscription: ReportSubscription) => void;
  onDelete: (subscription: ReportSubscription) => void;
}

/** Each subscription: the report, when it goes, to whom, how the last sending went. */
export function SubscriptionsTable({ subscriptions, sendingId, onSendNow, onToggle, onEdit, onDelete }: SubscriptionsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const scheduleLabel = useScheduleLabel();
  const baseId = useId();
  if (subscriptions.length === 0) return <Text c="dimmed">{t('subscriptions.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('subscriptions.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('subscriptions.report')}</Table.Th>
            <Table.Th scope="col">{t('subscriptions.when')}</Table.Th>
            <Table.Th scope="col">{t('subscriptions.recipients')}</Table.Th>
            <Table.Th scope="col">{t('subscriptions.lastSending')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscriptions.map((s) => {
            const headerId = `${baseId}-${s.id}`;
            const described = { 'aria-describedby': headerId };
            const names = [...s.recipientUsers.map((u) => (u.active ? u.name : t('subscriptions.inactiveUser', { name: u.name }))), ...s.recipients.emails];
            return (
              <Table.Tr key={s.id}>
                <Table.Th scope="row" id={headerId} fw={500}>
                  {t(`subscriptions.kinds.${s.kind}`)} ({t(`subscriptions.formats.${s.format}`)})
                  <Text size="xs" c="dimmed">{s.planName}</Text>
                </Table.Th>
                <Table.Td>
                  <Stack gap={2}>
                    {s.active ? <Text size="sm">{scheduleLabel(s.schedule)}</Text> : <Badge variant="outline" color="gray.8">{t('subscriptions.paused')}</Badge>}
                    {s.active && s.nextRunAt && <Text size="xs" c="dimmed">{t('subscriptions.nextRun', { date: format.dateTime(s.nextRunAt) })}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td><Text size="sm">{names.join(', ')}</Text></Table.Td>
                <Table.Td>
                  {s.lastRunAt ? (
                    <Stack gap={2}>
                      <Text size="sm">{format.dateTime(s.lastRunAt)}</Text>
                      {s.lastError && <Text size="xs" c="red.9">{t('subscriptions.lastError', { error: s.lastError })}</Text>}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">{t('subscriptions.neverSent')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {s.can.sendNow && (
                      <Button size="compact-sm" variant="light" {...described} leftSection={<IconSend size={14} aria-hidden />} loading={sendingId === s.id} onClick={() => onSendNow(s)}>
                        {t('subscriptions.sendNow')}
                      </Button>
                    )}
                    {s.can.update && (
                      <>
                        <Button size="compact-sm" variant="subtle" {...described} onClick={() => onToggle(s)}>{t(s.active ? 'subscriptions.pause' : 'subscriptions.resume')}</Button>
                        <Button size="compact-sm" variant="subtle" {...described} onClick={() => onEdit(s)}>{t('common.edit')}</Button>
                      </>
                    )}
                    {s.can.delete && (
                      <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" {...described} onClick={() => onDelete(s)}>{t('common.delete')}</Button>
                    )}
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
