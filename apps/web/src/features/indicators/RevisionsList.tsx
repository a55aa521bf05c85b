import type { Indicator, MeasureRevision } from '@pilotis/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';
import { useIndicatorFormat } from './indicator-format';

/** « Valeurs remplacées »: every value that was overwritten by a later entry, newest first. */
export function RevisionsList({ indicator, revisions }: { indicator: Indicator; revisions: MeasureRevision[] }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const dates = useFormatters();
  if (revisions.length === 0) return <Text c="dimmed">{t('indicators.revisions.empty')}</Text>;
  const sorted = [...revisions].sort((a, b) => b.replacedAt.localeCompare(a.replacedAt));
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {['period', 'value', 'source', 'entered', 'replacedAt'].map((column) => (
              <Table.Th key={column} scope="col">{t(`indicators.revisions.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r, i) => (
            <Table.Tr key={`${r.period}-${r.replacedAt}-${i}`}>
              <Table.Th scope="row">{format.period(r.period, indicator.periodicity)}</Table.Th>
              <Table.Td>
                {format.value(r.value, indicator)}
                {r.comment && <Text size="xs" c="dimmed">{r.comment}</Text>}
              </Table.Td>
              <Table.Td>{t(`indicators.sources.${r.source}`)}</Table.Td>
              <Table.Td>{[r.enteredBy?.name, dates.dateTime(r.enteredAt)].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td>{dates.dateTime(r.replacedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
