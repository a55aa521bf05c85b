import { reviewCadences, reviewKinds, reviewSeriesCreateSchema, type ReviewSeries } from '@pilotis/shared';
import { ActionIcon, Button, Fieldset, Group, MultiSelect, NativeSelect, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { zodFormValidator } from '../../lib/zod-form';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { useUsers } from '../users/use-users';
import { initialSeriesValues, toSeriesFormErrors, toSeriesInput, type SeriesFormValues } from './series-form-values';
import { useCreateSeries } from './use-reviews';

interface SeriesFormProps {
  /** The plans the actor manages. */
  plans: { id: string; name: string }[];
  defaultPlanId: string;
  onDone: (created?: ReviewSeries) => void;
}

const validate = zodFormValidator<SeriesFormValues>(reviewSeriesCreateSchema, toSeriesInput);

/** « Nouvelle série »: which plan, what kind of meeting, how often, who usually attends. */
export function SeriesForm({ plans, defaultPlanId, onDone }: SeriesFormProps) {
  const { t } = useTranslation();
  const create = useCreateSeries();
  const users = useUsers();
  const form = useForm<SeriesFormValues>({
    initialValues: initialSeriesValues(defaultPlanId),
    validate: (values) => toSeriesFormErrors(validate(values), values.memberIds.length),
  });
  const submit = (values: SeriesFormValues) =>
    create.mutate(toSeriesInput(values), {
      onSuccess: (created) => {
        notifySuccess(t('reviews.series.created'));
        onDone(created);
      },
      onError: (error) => form.setErrors(toSeriesFormErrors(issuesToFormErrors(error), values.memberIds.length)),
    });
  const userData = (users.data ?? []).filter((u) => u.active !== false).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={create.error} onReload={() => create.reset()} />
        <NativeSelect label={t('reviews.plan')} data={plans.map((p) => ({ value: p.id, label: p.name }))} {...form.getInputProps('planId')} />
        <TextInput label={t('reviews.series.title')} placeholder={t('reviews.series.titlePlaceholder')} required data-autofocus {...form.getInputProps('title')} />
        <NativeSelect label={t('reviews.series.kind')} data={reviewKinds.map((k) => ({ value: k, label: t(`reviews.kinds.${k}`) }))} {...form.getInputProps('kind')} />
        <Radio.Group label={t('reviews.series.cadence')} {...form.getInputProps('cadence')}>
          <Group mt="xs">
            {reviewCadences.map((c) => <Radio key={c} value={c} label={t(`reviews.cadences.${c}`)} />)}
          </Group>
        </Radio.Group>
        {form.values.cadence === 'weeks' && (
          <NumberInput label={t('reviews.series.everyWeeks')} description={t('reviews.series.everyWeeksHelp')} min={1} max={52} allowDecimal={false} maw={240} {...form.getInputProps('everyWeeks')} />
        )}
        <Fieldset legend={t('reviews.series.defaultAttendees')}>
          <Stack gap="sm">
            <MultiSelect label={t('reviews.series.members')} description={t('reviews.series.defaultAttendeesHelp')} data={userData} searchable
              nothingFoundMessage={t('reviews.series.nothingFound')} {...form.getInputProps('memberIds')} />
            {form.values.externals.map((row, index) => {
              const rowLabel = t('reviews.series.externalRow', { n: index + 1 });
              return (
                <Group key={index} align="flex-end" wrap="nowrap" role="group" aria-label={rowLabel}>
                  <TextInput label={t('reviews.series.externalName')} required style={{ flex: 1 }} {...form.getInputProps(`externals.${index}.name`)} />
                  <TextInput label={t('reviews.series.externalEmail')} type="email" style={{ flex: 1 }} {...form.getInputProps(`externals.${index}.email`)} />
                  <ActionIcon variant="subtle" color="red.9" size="lg" mb={form.errors[`externals.${index}.email`] || form.errors[`externals.${index}.name`] ? 22 : 4}
                    aria-label={t('reviews.series.removeExternal', { name: row.name || rowLabel })} onClick={() => form.removeListItem('externals', index)}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('externals', { name: '', email: '' })}>
                {t('reviews.series.addExternal')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending}>{t('common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
