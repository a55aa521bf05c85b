import { budgetNatures, type BudgetLine, type BudgetNature } from '@pilotis/shared';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { eurosToCents } from '../../../lib/format';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { useCreatePart, useUpdatePart } from './use-action-parts';

type Values = { year: number | string; nature: BudgetNature; planned: number | string; committed: number | string; spent: number | string };
type Input = { year: number; nature: BudgetNature; plannedCents: number; committedCents: number; spentCents: number };

interface BudgetLineFormProps { actionId: string; line?: BudgetLine; onDone?: () => void }

const euros = (cents: number | undefined) => (cents === undefined ? '' : cents / 100);

/** Amounts are typed in euros (decimal comma) and sent in cents. */
export function BudgetLineForm({ actionId, line, onDone }: BudgetLineFormProps) {
  const { t } = useTranslation();
  const create = useCreatePart<Input>(actionId, 'budget-lines');
  const update = useUpdatePart<Input & { version: number }>(actionId, 'budget-lines');
  const mutation = line ? update : create;
  const form = useForm<Values>({
    initialValues: { year: line?.year ?? new Date().getFullYear(), nature: line?.nature ?? 'investment', planned: euros(line?.plannedCents), committed: euros(line?.committedCents), spent: euros(line?.spentCents) },
    validate: {
      year: (v) => (Number.isInteger(Number(v)) && Number(v) >= 2000 && Number(v) <= 2100 ? null : t('fiche.yearRange')),
      planned: (v) => (eurosToCents(v) !== null && eurosToCents(v)! >= 0 ? null : t('fiche.amountInvalid')),
      committed: (v) => (eurosToCents(v) !== null && eurosToCents(v)! >= 0 ? null : t('fiche.amountInvalid')),
      spent: (v) => (eurosToCents(v) !== null && eurosToCents(v)! >= 0 ? null : t('fiche.amountInvalid')),
    },
  });

  const submit = (v: Values) => {
    const input: Input = { year: Number(v.year), nature: v.nature, plannedCents: eurosToCents(v.planned) ?? 0, committedCents: eurosToCents(v.committed) ?? 0, spentCents: eurosToCents(v.spent) ?? 0 };
    const options = {
      onSuccess: () => { notifySuccess(t('fiche.budgetSaved')); if (!line) form.setValues({ planned: '', committed: '', spent: '' }); onDone?.(); },
      onError: (error: unknown) => form.setErrors(issuesToFormErrors(error)),
    };
    if (line) update.mutate({ id: line.id, version: line.version, ...input }, options);
    else create.mutate(input, options);
  };
  const money = { decimalSeparator: ',', thousandSeparator: '\u202f', decimalScale: 2, min: 0, suffix: ' €', allowNegative: false } as const;

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="xs">
          <NumberInput label={t('fiche.year')} required min={2000} max={2100} allowDecimal={false} thousandSeparator={false} {...form.getInputProps('year')} />
          <NativeSelect label={t('fiche.nature')} data={budgetNatures.map((n) => ({ value: n, label: t(`fiche.natures.${n}`) }))} {...form.getInputProps('nature')} />
          <NumberInput label={t('fiche.plannedEuros')} {...money} {...form.getInputProps('planned')} />
          <NumberInput label={t('fiche.committedEuros')} {...money} {...form.getInputProps('committed')} />
          <NumberInput label={t('fiche.spentEuros')} {...money} {...form.getInputProps('spent')} />
        </SimpleGrid>
        <Group justify={line ? 'flex-end' : 'flex-start'}>
          {line && <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>}
          <Button type="submit" variant={line ? 'filled' : 'light'} loading={mutation.isPending}>{t(line ? 'common.save' : 'fiche.addBudgetLine')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
