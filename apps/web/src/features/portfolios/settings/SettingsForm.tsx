import { portfolioSettingsInputSchema, weightModes, type Portfolio } from '@pilotis/shared';
import { Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { useSaveSettings } from '../use-portfolios';
import { BudgetCapacityGrid } from './BudgetCapacityGrid';
import { FteCapacityGrid } from './FteCapacityGrid';
import { settingsInput, settingsValues, yearsOf, type SettingsValues } from './settings-values';
import { zodIssuesToErrors } from '../../../lib/zod-form';

export function SettingsForm({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const save = useSaveSettings(portfolio.id);
  const [values, setValues] = useState<SettingsValues>(() => settingsValues(portfolio));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const years = yearsOf(values.startYear, values.endYear);
  const set = (patch: Partial<SettingsValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = portfolioSettingsInputSchema.safeParse(settingsInput(values, portfolio.settings.version));
    if (!parsed.success) {
      setErrors(zodIssuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => notifySuccess(t('portfolios.settings.saved')),
      onError: (error) => setErrors(issuesToFormErrors(error)),
    });
  };

  return (
    <Paper component="section" aria-labelledby="settings-title" withBorder p="md" radius="md">
      <Title order={2} size="h4" id="settings-title" mb="sm">{t('portfolios.settings.title')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('portfolios.settings.startYear')} required min={2000} max={2100} allowDecimal={false} value={values.startYear}
              onChange={(v) => set({ startYear: Number(v) })} error={errors.startYear} />
            <NumberInput label={t('portfolios.settings.endYear')} required min={2000} max={2100} allowDecimal={false} value={values.endYear}
              onChange={(v) => set({ endYear: Number(v) })} error={errors.endYear} />
            <NativeSelect label={t('portfolios.settings.weightMode')} description={t('portfolios.settings.weightModeHelp')} value={values.weightMode}
              onChange={(e) => set({ weightMode: e.currentTarget.value as SettingsValues['weightMode'] })}
              data={weightModes.map((mode) => ({ value: mode, label: t(`portfolios.settings.weightModes.${mode}`) }))} />
          </SimpleGrid>
          <BudgetCapacityGrid years={years} values={values.budget} onChange={(budget) => set({ budget })} errors={errors}
            title={t('portfolios.settings.budgetTitle')} errorPath="budgetCapacities" />
          <FteCapacityGrid years={years} unitIds={values.fteUnitIds} values={values.fte}
            onChange={(fteUnitIds, fte) => set({ fteUnitIds, fte })} errors={errors}
            title={t('portfolios.settings.fteTitle')} errorPath="fteCapacities" />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>{t('portfolios.settings.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
