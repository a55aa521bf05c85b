import { normalizePeriod, type Indicator, type Measure } from '@pilotis/shared';
import { Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import { readTypedValue, useIndicatorFormat } from './indicator-format';
import { useSaveTargets } from './use-indicators';

interface TargetRow {
  key: number;
  period: string;
  value: string;
  valueMax: string;
}

interface TargetsEditorProps {
  indicator: Indicator;
  measures: Measure[];
  canUpdate: boolean;
}

/** « Cibles »: one row per period; the whole list is saved at once (PUT replaces it). */
export function TargetsEditor({ indicator, measures, canUpdate }: TargetsEditorProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const save = useSaveTargets(indicator.id);
  const band = indicator.direction === 'band';
  const saved = measures.filter((m) => m.target !== null).sort((a, b) => a.period.localeCompare(b.period));
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<TargetRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const periodText = (period: string) => format.period(period, indicator.periodicity);

  const start = () => {
    setRows(saved.map((m, key) => ({ key, period: format.editablePeriod(m.period, indicator.periodicity), value: format.input(m.target), valueMax: format.input(m.targetMax) })));
    setErrors({});
    setEditing(true);
  };
  const change = (key: number, patch: Partial<TargetRow>) => setRows((all) => all.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const submit = () => {
    const found: Record<string, string> = {};
    const targets = rows.map((row) => {
      const period = normalizePeriod(row.period, indicator.periodicity);
      const value = readTypedValue(row.value);
      const valueMax = band ? readTypedValue(row.valueMax) : null;
      if (!period) found[`${row.key}.period`] = t('indicators.form.badPeriod', { periodicity: t(`indicators.periodicities.${indicator.periodicity}`) });
      if (value === null || value === 'invalid') found[`${row.key}.value`] = t('indicators.entry.notANumber');
      if (valueMax === 'invalid') found[`${row.key}.valueMax`] = t('indicators.entry.notANumber');
      return { period: period ?? '', value: typeof value === 'number' ? value : 0, valueMax: typeof valueMax === 'number' ? valueMax : null };
    });
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate(targets, { onSuccess: () => { notifySuccess(t('indicators.targets.saved')); setEditing(false); } });
  };

  if (!editing) {
    return (
      <Stack gap="sm">
        {saved.length === 0 ? (
          <Text c="dimmed">{t('indicators.targets.empty')}</Text>
        ) : (
          <Text size="sm">{saved.map((m) => `${periodText(m.period)} : ${format.target(m.target, m.targetMax, indicator)}`).join(' · ')}</Text>
        )}
        {canUpdate && <Group><Button variant="default" onClick={start}>{t('indicators.targets.edit')}</Button></Group>}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <ErrorAlert error={save.error} />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.targets.period')}</Table.Th>
            <Table.Th scope="col">{band ? t('indicators.targets.min') : t('indicators.targets.value')}</Table.Th>
            {band && <Table.Th scope="col">{t('indicators.targets.max')}</Table.Th>}
            <Table.Th scope="col"><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={row.key}>
              <Table.Td><TextInput aria-label={t('indicators.targets.periodOf', { n: index + 1 })} value={row.period} error={errors[`${row.key}.period`]} onChange={(e) => change(row.key, { period: e.currentTarget.value })} /></Table.Td>
              <Table.Td><TextInput aria-label={t('indicators.targets.valueOf', { n: index + 1 })} inputMode="decimal" value={row.value} error={errors[`${row.key}.value`]} onChange={(e) => change(row.key, { value: e.currentTarget.value })} /></Table.Td>
              {band && <Table.Td><TextInput aria-label={t('indicators.targets.maxOf', { n: index + 1 })} inputMode="decimal" value={row.valueMax} error={errors[`${row.key}.valueMax`]} onChange={(e) => change(row.key, { valueMax: e.currentTarget.value })} /></Table.Td>}
              <Table.Td>
                <Button size="compact-sm" variant="subtle" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} aria-label={t('indicators.targets.removeOf', { n: index + 1 })} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                  {t('common.delete')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRows((all) => [...all, { key: Math.max(-1, ...all.map((r) => r.key)) + 1, period: '', value: '', valueMax: '' }])}>
          {t('indicators.targets.add')}
        </Button>
        <Group>
          <Button variant="default" onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={save.isPending}>{t('indicators.targets.save')}</Button>
        </Group>
      </Group>
    </Stack>
  );
}
