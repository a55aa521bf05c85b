import type { ActionSummary } from '@pilotis/shared';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath } from '../../app/paths';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import { useFormatters } from '../../lib/use-formatters';
import { FlagshipBadge, LateBadge, StatusLabel } from './ActionBadges';
import { SortableHeader } from './SortableHeader';
import { WeatherLabel } from './WeatherLabel';

interface ActionsTableProps {
  actions: ActionSummary[];
  caption: string;
  sort?: string;
  onSort?: (sort: string) => void;
  /** Shown as a « Plan » column when given (« Mes actions » spans several plans). */
  planNames?: Map<string, string>;
}

export function ActionsTable({ actions, caption, sort, onSort, planNames }: ActionsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const header = (column: string, label: string) => <SortableHeader column={column} label={label} sort={sort} onSort={onSort} />;
  const plain = (label: string) => <Table.Th scope="col">{label}</Table.Th>;
  if (actions.length === 0) return <Text c="dimmed">{t('actions.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{caption}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('code', t('actions.code'))}
            {header('title', t('actions.title'))}
            {planNames && <Table.Th scope="col">{t('actions.plan')}</Table.Th>}
            {plain(t('actions.pilot'))}
            {plain(t('actions.status'))}
            {plain(t('actions.weather'))}
            {header('progress', t('actions.progress'))}
            {header('endsOn', t('actions.endsOn'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>{action.code}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={actionPath(action.id)} fw={600}>{action.title}</Anchor>
                {(action.late || action.flagship) && (
                  <Group gap={4} mt={4}>
                    {action.late && <LateBadge />}
                    {action.flagship && <FlagshipBadge />}
                  </Group>
                )}
              </Table.Th>
              {planNames && <Table.Td>{planNames.get(action.planId) ?? ''}</Table.Td>}
              <Table.Td>{action.pilot?.name ?? t('common.empty')}</Table.Td>
              <Table.Td><StatusLabel label={action.status.label} category={action.status.category} /></Table.Td>
              <Table.Td><WeatherLabel weather={action.weather} /></Table.Td>
              <Table.Td><ProgressWithLabel value={action.progress} label={t('actions.progressOf', { name: action.title })} w={130} /></Table.Td>
              <Table.Td>{format.date(action.endsOn) || t('common.empty')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
