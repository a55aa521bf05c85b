import type { MilestoneRef } from '@pilotis/shared';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath } from '../../app/paths';
import { useFormatters } from '../../lib/use-formatters';

/** Milestones due soon, soonest first, each linked to its fiche. */
export function MilestoneTable({ items, total, caption }: { items: MilestoneRef[]; total: number; caption: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (items.length === 0) return <Text c="dimmed">{t('dashboards.milestones.empty')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={480}>
        <Table striped verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text component="span" c="dimmed" size="sm">{caption}</Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboards.milestones.dueOn')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.milestones.title')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.milestones.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((milestone) => (
              <Table.Tr key={milestone.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(milestone.dueOn)}</Table.Td>
                <Table.Td>{milestone.title}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={actionPath(milestone.action.id)}>{`${milestone.action.code} ${milestone.action.title}`}</Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > items.length && <Text size="sm">{t('dashboards.milestones.shown', { shown: items.length, total })}</Text>}
    </>
  );
}
