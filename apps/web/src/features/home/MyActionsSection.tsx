import type { MeDashboard } from '@pilotis/shared';
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath, paths } from '../../app/paths';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import { useFormatters } from '../../lib/use-formatters';
import { FlagshipBadge, LateBadge, StatusLabel } from '../actions/ActionBadges';
import { WeatherLabel } from '../actions/WeatherLabel';
import { StaleDaysSelect } from './StaleDaysSelect';
import type { StaleDays } from './stale-days';

type MyAction = MeDashboard['myActions']['items'][number];

/** Dark orange with white text (≥ 6:1), and a word: never the colour alone. */
export function NeedsUpdateBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="#8a4b00" variant="filled" radius="sm" tt="none" fw={600} maw="none" styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {t('homeDashboard.actions.needsUpdate')}
    </Badge>
  );
}

/** The actions I pilot, those waiting for an update first, with when they were last updated. */
export function MyActionsSection({ dashboard, staleDays, onStaleDays }: { dashboard: MeDashboard; staleDays: StaleDays; onStaleDays: (days: StaleDays) => void }) {
  const { t } = useTranslation();
  // The figures' own threshold: while another choice loads, the previous answer stays on screen.
  const { myActions, needsUpdateCount, staleDays: days } = dashboard;
  // Stable sort: the server's order within each group.
  const items = [...myActions.items].sort((a, b) => Number(b.needsUpdate) - Number(a.needsUpdate));

  return (
    <Stack component="section" aria-labelledby="home-my-actions" gap="sm" id="mes-actions">
      <Title order={2} size="h3" id="home-my-actions">{t('homeDashboard.actions.title')}</Title>
      <StaleDaysSelect value={staleDays} onChange={onStaleDays} />
      <Text role="status">
        {myActions.total === 0
          ? t('homeDashboard.actions.none')
          : needsUpdateCount === 0
            ? t('homeDashboard.actions.allUpToDate', { count: myActions.total, days })
            : t('homeDashboard.actions.toUpdate', { count: needsUpdateCount, days })}
      </Text>
      {items.length > 0 && <MyActionsTable items={items} />}
      {myActions.total > items.length && (
        <Text size="sm">
          {t('homeDashboard.actions.capped', { count: items.length, total: myActions.total })}{' '}
          <Anchor component={Link} to={paths.myActions}>{t('homeDashboard.actions.seeAll')}</Anchor>
        </Text>
      )}
    </Stack>
  );
}

function MyActionsTable({ items }: { items: MyAction[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  // A timestamp: shown as the day it was in the reader's time zone (not UTC's).
  const lastUpdate = (iso: string) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium' }).format(new Date(iso));
  const th = (label: string) => <Table.Th scope="col">{label}</Table.Th>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('homeDashboard.actions.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {th(t('actions.code'))}
            {th(t('actions.title'))}
            {th(t('actions.status'))}
            {th(t('actions.weather'))}
            {th(t('actions.progress'))}
            {th(t('actions.endsOn'))}
            {th(t('homeDashboard.actions.lastUpdate'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>{action.code}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={actionPath(action.id)} fw={600}>{action.title}</Anchor>
                {(action.needsUpdate || action.late || action.flagship) && (
                  <Group gap={4} mt={4}>
                    {action.needsUpdate && <NeedsUpdateBadge />}
                    {action.late && <LateBadge />}
                    {action.flagship && <FlagshipBadge />}
                  </Group>
                )}
              </Table.Th>
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
