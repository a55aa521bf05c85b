import { periodicityOf, periodLabel, type ReviewDiff, type SnapshotPoint } from '@pilotis/shared';
import { Anchor, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indicatorPath } from '../../app/paths';
import { MeasureStatusBadge } from '../indicators/IndicatorBadges';
import { ActionRefLink } from './ActionRefLink';

interface ChangeRow {
  action: { id: string; code: string; title: string };
  from?: ReactNode;
  to: ReactNode;
}

/** Fiche | before | after, one row per fiche; the fiche cell is the row header. */
export function ChangesTable({ caption, rows, afterLabel }: { caption: string; rows: ChangeRow[]; afterLabel?: string }) {
  const { t } = useTranslation();
  const withBefore = rows.some((r) => r.from !== undefined);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reviews.diff.action')}</Table.Th>
            {withBefore && <Table.Th scope="col">{t('reviews.diff.before')}</Table.Th>}
            <Table.Th scope="col">{afterLabel ?? t('reviews.diff.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.action.id}>
              <Table.Th scope="row" fw={500}><ActionRefLink action={row.action} /></Table.Th>
              {withBefore && <Table.Td>{row.from}</Table.Td>}
              <Table.Td>{row.to}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Point({ point }: { point: SnapshotPoint | null }) {
  const { t, i18n } = useTranslation();
  if (!point) return <Text size="sm" c="dimmed">{t('reviews.diff.noMeasure')}</Text>;
  const periodicity = periodicityOf(point.period);
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{new Intl.NumberFormat(i18n.language).format(point.value)} ({periodicity ? periodLabel(point.period, periodicity) : point.period})</Text>
      <MeasureStatusBadge status={point.status} />
    </Group>
  );
}

/** Indicator | latest measure then | latest measure now (value, period, status against the target). */
export function IndicatorMovesTable({ moves }: { moves: ReviewDiff['indicatorMoves'] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table striped verticalSpacing="xs" aria-label={t('reviews.diff.sections.indicatorMoves')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reviews.diff.indicator')}</Table.Th>
            <Table.Th scope="col">{t('reviews.diff.before')}</Table.Th>
            <Table.Th scope="col">{t('reviews.diff.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {moves.map((m) => (
            <Table.Tr key={m.indicator.id}>
              <Table.Th scope="row" fw={500}><Anchor component={Link} to={indicatorPath(m.indicator.id)}>{m.indicator.code} — {m.indicator.name}</Anchor></Table.Th>
              <Table.Td><Point point={m.from} /></Table.Td>
              <Table.Td><Point point={m.to} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
