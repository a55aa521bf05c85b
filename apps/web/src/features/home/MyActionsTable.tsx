import type { MeDashboard } from '@pilotis/shared';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath } from '../../app/paths';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import { useFormatters } from '../../lib/use-formatters';
import { FlagshipBadge, LateBadge, StatusLabel } from '../actions/ActionBadges';
import { WeatherLabel } from '../actions/WeatherLabel';

export type MyAction = MeDashboard['myActions']['items'][number];

/** Dark orange with white text (≥ 6:1), and a word: never the colour alone. */
export function NeedsUpdateBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="#8a4b00" variant="filled" radius="sm" tt="none" fw={600} maw="none" styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {t('homeDashboard.actions.needsUpdate')}
    </Badge>
  );
}

interface MyActionsTableProps {
  items: MyAction[];
  planNames: Map<string, string>;
  /** The row whose link takes the focus when more rows are revealed. */
  focusIndex?: number;
  focusRef?: Ref<HTMLAnchorElement>;
}

export function MyActionsTable({ items, planNames, focusIndex, focusRef }: MyActionsTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  // A date (« 2026-03-01 ») as such; a timestamp as the day it was in the reader's time zone.
  const lastUpdate = (iso: string) =>
    iso.length === 10 ? format.date(iso) : new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium' }).format(new Date(iso));
  const th = (label: string) => <Table.Th scope="col">{label}</Table.Th>;
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('homeDashboard.actions.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {th(t('actions.code'))}
            {th(t('actions.title'))}
            {th(t('actions.plan'))}
            {th(t('actions.status'))}
            {th(t('actions.weather'))}
            {th(t('actions.progress'))}
            {th(t('actions.endsOn'))}
            {th(t('homeDashboard.actions.lastUpdate'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((action, index) => (
            <Table.Tr key={action.id}>
              <Table.Td>{action.code}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor ref={index === focusIndex ? focusRef : undefined} component={Link} to={actionPath(action.id)} fw={600}>
                  {action.title}
                </Anchor>
                {(action.needsUpdate || action.late || action.flagship) && (
                  <Group gap={4} mt={4}>
                    {action.needsUpdate && <NeedsUpdateBadge />}
                    {action.late && <LateBadge />}
                    {action.flagship && <FlagshipBadge />}
                  </Group>
                )}
              </Table.Th>
              <Table.Td>{planNames.get(action.planId) ?? ''}</Table.Td>
              <Table.Td><StatusLabel label={action.status.label} category={action.status.category} /></Table.Td>
              <Table.Td><WeatherLabel weather={action.weather} /></Table.Td>
              <Table.Td><ProgressWithLabel value={action.progress} label={t('actions.progressOf', { name: action.title })} w={130} /></Table.Td>
              <Table.Td>{format.date(action.endsOn) || t('common.empty')}</Table.Td>
              <Table.Td>{action.lastUpdateAt ? lastUpdate(action.lastUpdateAt) : t('homeDashboard.actions.never')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
