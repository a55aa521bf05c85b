import { statusCategories, type Status, type StatusCategory } from '@pilotis/shared';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { SaveError } from '../actions/fiche/ConflictAlert';
import { useCreateStatus, useUpdateStatus } from './use-status-admin';

type Values = { label: string; category: StatusCategory };

/** Create (no `status`) or rename / recategorise a status. */
export function StatusForm({ status, onDone }: { status?: Status; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateStatus();
  const update = useUpdateStatus();
  const mutation = status ? update : create;
  const form = useForm<Values>({
    initialValues: { label: status?.label ?? '', category: status?.category ?? 'not_started' },
    validate: { label: (value) => (value.trim() ? null : t('common.required')) },
  });
  const handlers = {
    onSuccess: () => {
      notifySuccess(t(status ? 'statuses.saved' : 'statuses.created', { name: form.values.label.trim() }));
      onDone();
    },
    onError: (error: unknown) => form.setErrors(issuesToFormErrors(error)),
  };
  const submit = (values: Values) => {
    const input = { label: values.label.trim(), category: values.category };
    if (status) update.mutate({ id: status.id, version: status.version, ...input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <SaveError error={mutation.error} onReload={() => { mutation.reset(); onDone(); }} />
        <TextInput label={t('statuses.label')} required data-autofocus {...form.getInputProps('label')} />
        <NativeSelect
          label={t('statuses.category')}
          description={t('statuses.categoryHelp')}
          data={statusCategories.map((c) => ({ value: c, label: t(`statuses.categories.${c}`) }))}
          {...form.getInputProps('category')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={mutation.isPending}>{t(status ? 'common.save' : 'common.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
