import type { ActionRef } from '@pilotis/shared';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { actionPath } from '../../app/paths';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import { useFormatters } from '../../lib/use-formatters';
import { FlagshipBadge, LateBadge, StatusLabel } from '../actions/ActionBadges';
import { WeatherLabel } from '../actions/WeatherLabel';

interface ActionRefTableProps {
  items: ActionRef[];
  /** How many there are in all (the list may be cut). */
  total: number;
  caption: string;
  empty: string;
  /** Where the whole list is, when this one is cut. */
  more?: { to: To; label: string };
  /** Lists across plans say which plan each action belongs to. */
  planNames?: Map<string, string>;
  /** A list of late (or flagship) actions need not say it on every row. */
  hideBadge?: 'late' | 'flagship';
}

/** A dashboard's list of fiches: each title opens the fiche; badges say late and flagship in words. */
export function ActionRefTable({ items, total, caption, empty, more, planNames, hideBadge }: ActionRefTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={680}>
        <Table striped verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text component="span" c="dimmed" size="sm">{caption}</Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboards.actions.action')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.actions.pilot')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.actions.status')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.actions.progress')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.actions.endsOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((action) => (
              <Table.Tr key={action.id}>
                <Table.Td>
                  <Anchor component={Link} to={actionPath(action.id)} fw={600}>
                    {`${action.code} ${action.title}`}
                  </Anchor>
                  {planNames?.has(action.planId) && <Text size="xs" c="dimmed">{planNames.get(action.planId)}</Text>}
                  {((action.late && hideBadge !== 'late') || (action.flagship && hideBadge !== 'flagship')) && (
                    <Group gap={4} mt={4}>
                      {action.late && hideBadge !== 'late' && <LateBadge />}
                      {action.flagship && hideBadge !== 'flagship' && <FlagshipBadge />}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>{action.pilot?.name ?? <Text span c="dimmed">{t('dashboards.actions.noPilot')}</Text>}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <StatusLabel label={action.status.label} category={action.status.category} />
                    <WeatherLabel weather={action.weather} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ProgressWithLabel value={action.progress} label={t('dashboards.actions.progressOf', { code: action.code })} w={130} />
                </Table.Td>
                <Table.Td>{action.endsOn ? format.date(action.endsOn) : <Text span c="dimmed">{t('common.empty')}</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > items.length && (
        <Text size="sm">
          {t('dashboards.actions.shown', { shown: items.length, total })}
          {more && (
            <>
              {' '}
              <Anchor component={Link} to={more.to}>{more.label}</Anchor>
            </>
          )}
        </Text>
      )}
    </Stack>
  );
}
