import type { Indicator, Measure } from '@pilotis/shared';
import { Button, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useFormatters } from '../../lib/use-formatters';
import { MeasureStatusBadge, TrendLabel } from './IndicatorBadges';
import { useIndicatorFormat } from './indicator-format';
import { MeasureCellInput } from './MeasureCellInput';
import { useSaveMeasures, useValidateMeasure, type IndicatorAbilities } from './use-indicators';

interface MeasuresTableProps {
  indicator: Indicator;
  measures: Measure[];
  can: IndicatorAbilities;
}

/** Periods newest first, plus the period due when it has no row yet; values typed in place when allowed. */
export function MeasuresTable({ indicator, measures, can }: MeasuresTableProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const dates = useFormatters();
  const save = useSaveMeasures(indicator.id);
  const validate = useValidateMeasure(indicator.id);
  const canEnter = can.enterMeasures === true && !indicator.calculated;
  const rows = withDuePeriod(measures, indicator.duePeriod, canEnter).sort((a, b) => b.period.localeCompare(a.period));
  const periodText = (period: string) => format.period(period, indicator.periodicity);

  const onValidate = (period: string) =>
    validate.mutate(period, {
      onSuccess: () => notifySuccess(t('indicators.measures.validated', { period: periodText(period) })),
      onError: (error) => notifyError(describeError(error, t)),
    });

  if (rows.length === 0) return <Text c="dimmed">{t('indicators.measures.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {['period', 'value', 'target', 'status', 'trend', 'source', 'state', 'entered'].map((column) => (
              <Table.Th key={column} scope="col">{t(`indicators.measures.columns.${column}`)}</Table.Th>
            ))}
            {can.validateMeasures && <Table.Th scope="col">{t('indicators.measures.columns.validation')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.period}>
              <Table.Th scope="row">{periodText(m.period)}</Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {canEnter ? (
                  <MeasureCellInput
                    label={t('indicators.entry.cellLabel', { code: indicator.code, period: periodText(m.period) })}
                    value={m.value}
                    onCommit={(value) => save.mutateAsync({ measures: [{ period: m.period, value }] })}
                  />
                ) : (
                  format.value(m.value, indicator)
                )}
                {m.comment && <Text size="xs" c="dimmed" maw={220}>{m.comment}</Text>}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.target(m.target, m.targetMax, indicator)}</Table.Td>
              <Table.Td>{m.value === null ? t('common.empty') : <MeasureStatusBadge status={m.status} />}</Table.Td>
              <Table.Td><TrendLabel trend={m.trend} /></Table.Td>
              <Table.Td>{m.source ? t(`indicators.sources.${m.source}`) : t('common.empty')}</Table.Td>
              <Table.Td>{m.state ? t(`indicators.states.${m.state}`) : t('common.empty')}</Table.Td>
              <Table.Td>
                {m.enteredAt ? (
                  <Text size="sm">{[m.enteredBy?.name, dates.dateTime(m.enteredAt)].filter(Boolean).join(' · ')}</Text>
                ) : (
                  t('common.empty')
                )}
              </Table.Td>
              {can.validateMeasures && (
                <Table.Td>
                  {m.state === 'draft' && m.value !== null && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconCircleCheck size={16} aria-hidden />}
                      aria-label={t('indicators.measures.validateOne', { period: periodText(m.period) })}
                      loading={validate.isPending && validate.variables === m.period}
                      onClick={() => onValidate(m.period)}
                    >
                      {t('indicators.measures.validate')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The period due gets an empty row to type into when the list does not have it yet. */
function withDuePeriod(measures: Measure[], duePeriod: string, canEnter: boolean): Measure[] {
  if (!canEnter || !duePeriod || measures.some((m) => m.period === duePeriod)) return [...measures];
  const empty: Measure = {
    period: duePeriod, value: null, comment: '', state: null, source: null, enteredBy: null, enteredAt: null, validatedAt: null,
    target: null, targetMax: null, status: 'no_target', trend: null, version: null,
  };
  return [...measures, empty];
}
