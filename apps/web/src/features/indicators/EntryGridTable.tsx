import { periodicities, periodicityOf, type EntryGrid, type Periodicity } from '@pilotis/shared';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indicatorPath } from '../../app/paths';
import { useGridNavigation } from './grid-navigation';
import { MeasureStatusBadge } from './IndicatorBadges';
import { useIndicatorFormat } from './indicator-format';
import { MeasureCellInput } from './MeasureCellInput';
import { useSaveMeasures } from './use-indicators';

type GridRow = EntryGrid['rows'][number];

/** One table per periodicity (monthly, quarterly…), so every column is a period of every row. */
export function EntryGridTables({ grid, caption }: { grid: EntryGrid; caption: string }) {
  const { t } = useTranslation();
  if (grid.rows.length === 0) return <Text c="dimmed">{t('indicators.entry.empty')}</Text>;
  const groups = periodicities
    .map((periodicity) => ({
      periodicity,
      rows: grid.rows.filter((row) => row.indicator.periodicity === periodicity),
      periods: grid.periods.filter((period) => periodicityOf(period) === periodicity),
    }))
    .filter((group) => group.rows.length > 0);
  return (
    <Stack gap="xl">
      {groups.map((group) => (
        <section key={group.periodicity} aria-labelledby={`grid-${group.periodicity}`}>
          <Title order={2} size="h4" id={`grid-${group.periodicity}`} mb="xs">{t(`indicators.entry.groups.${group.periodicity}`)}</Title>
          <EntryGridTable periodicity={group.periodicity} rows={group.rows} periods={group.periods} caption={`${caption} — ${t(`indicators.entry.groups.${group.periodicity}`)}`} />
        </section>
      ))}
    </Stack>
  );
}

interface EntryGridTableProps {
  periodicity: Periodicity;
  rows: GridRow[];
  periods: string[];
  caption: string;
}

/** Rows = indicators, columns = periods due; a cell is an input where the person may enter, else the value. */
function EntryGridTable({ periodicity, rows, periods, caption }: EntryGridTableProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const navigation = useGridNavigation();
  const periodText = (period: string) => format.period(period, periodicity);
  return (
    <Table.ScrollContainer minWidth={300 + periods.length * 150}>
      <Table withColumnBorders withTableBorder verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{caption}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.entry.indicator')}</Table.Th>
            {periods.map((period) => <Table.Th key={period} scope="col">{periodText(period)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, rowIndex) => (
            <EntryGridRow key={row.indicator.id} row={row} rowIndex={rowIndex} periods={periods} navigation={navigation} periodText={periodText} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface EntryGridRowProps {
  row: GridRow;
  rowIndex: number;
  periods: string[];
  navigation: ReturnType<typeof useGridNavigation>;
  periodText: (period: string) => string;
}

function EntryGridRow({ row, rowIndex, periods, navigation, periodText }: EntryGridRowProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const save = useSaveMeasures(row.indicator.id);
  const { indicator } = row;
  const editable = row.canEnter && !indicator.calculated;

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Anchor component={Link} to={indicatorPath(indicator.id)} fw={600}>{`${indicator.code} ${indicator.name}`}</Anchor>
        <Text size="xs" c="dimmed">
          {[indicator.unit, t(`indicators.periodicities.${indicator.periodicity}`), indicator.calculated ? t('indicators.page.calculated') : ''].filter(Boolean).join(' · ')}
        </Text>
      </Table.Th>
      {periods.map((period, column) => {
        const cell = row.cells.find((c) => c.period === period);
        if (!cell) return <Table.Td key={period}><Text size="sm" c="dimmed">{t('indicators.entry.notDue')}</Text></Table.Td>;
        return (
          <Table.Td key={period} style={{ verticalAlign: 'top' }}>
            <Stack gap={4}>
              {editable ? (
                <MeasureCellInput
                  ref={navigation.register(rowIndex, column)}
                  label={t('indicators.entry.cellLabel', { code: indicator.code, period: periodText(period) })}
                  value={cell.value}
                  onCommit={(value) => save.mutateAsync({ measures: [{ period, value }] })}
                  onKeyDown={navigation.onKeyDown(rowIndex, column)}
                />
              ) : (
                <Text size="sm">{format.value(cell.value, indicator)}</Text>
              )}
              {cell.value !== null && <MeasureStatusBadge status={cell.status} />}
              {cell.target !== null && <Text size="xs" c="dimmed">{t('indicators.entry.target', { value: format.target(cell.target, cell.targetMax, indicator) })}</Text>}
            </Stack>
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}
