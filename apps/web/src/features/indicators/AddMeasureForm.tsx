import { normalizePeriod, type Indicator } from '@pilotis/shared';
import { Button, Fieldset, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import { readTypedValue, useIndicatorFormat } from './indicator-format';
import { useSaveMeasures } from './use-indicators';

/** A value for any period (« T3 2026 », « 2026-Q3 », « 07/2026 »…), with an optional comment. */
export function AddMeasureForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const save = useSaveMeasures(indicator.id);
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ period?: string; value?: string }>({});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const canonical = normalizePeriod(period, indicator.periodicity);
    const typed = readTypedValue(value);
    const next = {
      period: canonical ? undefined : t('indicators.form.badPeriod', { periodicity: t(`indicators.periodicities.${indicator.periodicity}`) }),
      value: typed === 'invalid' || typed === null ? t('indicators.entry.notANumber') : undefined,
    };
    setErrors(next);
    if (!canonical || typed === 'invalid' || typed === null) return;
    save.mutate(
      { measures: [{ period: canonical, value: typed, ...(comment.trim() ? { comment: comment.trim() } : {}) }] },
      {
        onSuccess: () => {
          notifySuccess(t('indicators.measures.added', { period: format.period(canonical, indicator.periodicity) }));
          setPeriod('');
          setValue('');
          setComment('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('indicators.measures.addTitle')}>
        <ErrorAlert error={save.error} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={t('indicators.measures.period')} description={t('indicators.form.periodHelp')} required value={period} error={errors.period} onChange={(e) => setPeriod(e.currentTarget.value)} />
          <TextInput label={t('indicators.measures.value')} required inputMode="decimal" value={value} error={errors.value} onChange={(e) => setValue(e.currentTarget.value)} />
          <TextInput label={t('indicators.measures.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} style={{ flex: 1, minWidth: 200 }} />
        </Group>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={save.isPending}>{t('indicators.measures.add')}</Button>
        </Group>
      </Fieldset>
    </form>
  );
}
