import type { Status } from '@pilotis/shared';
import { Button, Group, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { StatusLabel } from '../actions/ActionBadges';
import { useReorderStatuses, useUpdateStatus } from './use-status-admin';

/** The status list in its order; row buttons are described by the row header (the status' label). */
export function StatusesTable({ statuses, onEdit }: { statuses: Status[]; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const baseId = useId();
  const reorder = useReorderStatuses();
  const update = useUpdateStatus();
  const onError = (error: unknown) => notifyError(describeError(error, t));
  const move = (index: number, delta: number) => {
    const next = [...statuses];
    const [moved] = next.splice(index, 1);
    next.splice(index + delta, 0, moved!);
    reorder.mutate(next, { onError });
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('statuses.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statuses.label')}</Table.Th>
            <Table.Th scope="col">{t('statuses.category')}</Table.Th>
            <Table.Th scope="col">{t('statuses.state')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statuses.map((status, index) => {
            const headerId = `${baseId}-${status.id}`;
            const described = { 'aria-describedby': headerId };
            return (
              <Table.Tr key={status.id}>
                <Table.Th scope="row" id={headerId}>
                  <StatusLabel label={status.label} category={status.category} />
                </Table.Th>
                <Table.Td>{t(`statuses.categories.${status.category}`)}</Table.Td>
                <Table.Td>{t(status.active ? 'statuses.active' : 'statuses.inactive')}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" {...described} onClick={() => onEdit(status.id)}>{t('common.edit')}</Button>
                    <Button size="compact-sm" variant="subtle" {...described} leftSection={<IconArrowUp size={14} aria-hidden />}
                      disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)}>{t('statuses.up')}</Button>
                    <Button size="compact-sm" variant="subtle" {...described} leftSection={<IconArrowDown size={14} aria-hidden />}
                      disabled={index === statuses.length - 1 || reorder.isPending} onClick={() => move(index, 1)}>{t('statuses.down')}</Button>
                    <Button size="compact-sm" variant="subtle" {...described} loading={update.isPending && update.variables?.id === status.id}
                      onClick={() => update.mutate({ id: status.id, version: status.version, active: !status.active }, { onError })}>
                      {t(status.active ? 'statuses.deactivate' : 'statuses.reactivate')}
                    </Button>
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
