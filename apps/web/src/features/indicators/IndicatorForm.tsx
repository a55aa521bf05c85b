import { indicatorDirections, indicatorKinds, periodicities, visibilities, type Indicator } from '@pilotis/shared';
import { Button, Checkbox, Group, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { useCurrentMe } from '../auth/use-me';
import { orderedUnits } from '../org-units/org-unit-options';
import { useOrgUnits } from '../org-units/use-org-units';
import { useUsers } from '../users/use-users';
import { FormulaField } from './FormulaField';
import { useIndicatorFormat } from './indicator-format';
import { emptyValues, ownableUnits, toInput, validateValues, valuesOf, type IndicatorFormValues } from './indicator-form-values';
import { LinkedActionsPicker } from './LinkedActionsPicker';
import { LinkedNodesPicker } from './LinkedNodesPicker';
import { useCreateIndicator, useIndicators, useUpdateIndicator } from './use-indicators';

interface IndicatorFormProps {
  /** Given: edit this definition (PATCH with its version); absent: create. */
  indicator?: Indicator;
  onSaved: (id: string) => void;
  onCancel: () => void;
  /** After a 409: reload the indicator and close the form. */
  onReload?: () => void;
}

/** « Nouvel indicateur » / « Modifier la définition »: every field of the definition, checked by the shared schema. */
export function IndicatorForm({ indicator, onSaved, onCancel, onReload }: IndicatorFormProps) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const format = useIndicatorFormat();
  const create = useCreateIndicator();
  const update = useUpdateIndicator(indicator?.id ?? '');
  const mutation = indicator ? update : create;
  const units = useOrgUnits().data ?? [];
  const allowed = ownableUnits(units, me.orgUnitIds, me.roles.includes('admin'));
  const unitOptions = orderedUnits(units)
    .filter(({ item }) => allowed.has(item.id) || item.id === indicator?.ownerOrgUnitId)
    .map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }));
  const users = [...(useUsers().data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((u) => ({ value: u.id, label: u.name }));
  const known = useIndicators({}).data?.data;
  const knownCodes = known ? new Set(known.map((i) => i.code)) : null;
  const defaultUnit = me.orgUnitIds.find((id) => allowed.has(id));
  const form = useForm<IndicatorFormValues>({
    initialValues: indicator ? valuesOf(indicator, format.input) : emptyValues({ ownerOrgUnitId: defaultUnit }),
    validate: (values) => validateValues(values, t),
  });
  const options = <T extends string>(values: readonly T[], key: string) => values.map((v) => ({ value: v, label: t(`indicators.${key}.${v}`) }));

  const submit = (values: IndicatorFormValues) => {
    const input = toInput(values);
    const onError = (error: unknown) => form.setErrors(issuesToFormErrors(error));
    if (indicator) {
      update.mutate({ ...input, version: indicator.version }, { onSuccess: (saved) => { notifySuccess(t('indicators.form.saved')); onSaved(saved.data.id); }, onError });
    } else {
      create.mutate(input, { onSuccess: (saved) => { notifySuccess(t('indicators.form.created', { code: saved.data.code })); onSaved(saved.data.id); }, onError });
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={mutation.error} onReload={() => { mutation.reset(); onReload?.(); }} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('indicators.form.code')} description={t('indicators.form.codeHelp')} required data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('indicators.form.name')} required {...form.getInputProps('name')} />
        </SimpleGrid>
        <Textarea label={t('indicators.form.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <TextInput label={t('indicators.form.unit')} description={t('indicators.form.unitHelp')} {...form.getInputProps('unit')} />
          <NumberInput label={t('indicators.form.decimals')} min={0} max={6} allowDecimal={false} {...form.getInputProps('decimals')} />
          <NativeSelect label={t('indicators.form.direction')} data={options(indicatorDirections, 'directions')} {...form.getInputProps('direction')} />
          <NativeSelect label={t('indicators.form.periodicity')} required data={options(periodicities, 'periodicities')} {...form.getInputProps('periodicity')} />
          <NativeSelect label={t('indicators.form.kind')} data={options(indicatorKinds, 'kinds')} {...form.getInputProps('kind')} />
          <NativeSelect label={t('indicators.form.visibility')} data={options(visibilities, 'visibilities')} {...form.getInputProps('visibility')} />
          <NativeSelect label={t('indicators.form.ownerUnit')} data={[{ value: '', label: t('common.empty') }, ...unitOptions]} {...form.getInputProps('ownerOrgUnitId')} />
          <MultiSelect label={t('indicators.form.pilots')} data={users} searchable {...form.getInputProps('pilotIds')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('indicators.form.onTrack')} description={t('indicators.form.thresholdHelp')} min={0} max={1000} suffix=" %" {...form.getInputProps('onTrack')} />
          <NumberInput label={t('indicators.form.offTrack')} description={t('indicators.form.thresholdHelp')} min={0} max={1000} suffix=" %" {...form.getInputProps('offTrack')} />
          <TextInput label={t('indicators.form.baselinePeriod')} description={t('indicators.form.periodHelp')} {...form.getInputProps('baselinePeriod')} />
          <TextInput label={t('indicators.form.baselineValue')} inputMode="decimal" {...form.getInputProps('baselineValue')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('indicators.form.source')} autosize minRows={1} {...form.getInputProps('source')} />
          <Textarea label={t('indicators.form.method')} autosize minRows={1} {...form.getInputProps('method')} />
        </SimpleGrid>
        <Checkbox label={t('indicators.form.requiresValidation')} description={t('indicators.form.requiresValidationHelp')} {...form.getInputProps('requiresValidation', { type: 'checkbox' })} />
        <Checkbox label={t('indicators.form.calculated')} {...form.getInputProps('calculated', { type: 'checkbox' })} />
        {form.values.calculated && (
          <FormulaField
            value={form.values.formula}
            onChange={(value) => form.setFieldValue('formula', value)}
            error={form.errors.formula as string | undefined}
            knownCodes={knownCodes}
            ownCode={form.values.code}
          />
        )}
        <LinkedNodesPicker value={form.values.nodeIds} onChange={(ids) => form.setFieldValue('nodeIds', ids)} />
        <LinkedActionsPicker value={form.values.actionIds} onChange={(ids) => form.setFieldValue('actionIds', ids)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={mutation.isPending}>{indicator ? t('common.save') : t('common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
