import { Button, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { todayIso } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useCreatePart } from './use-action-parts';

/** « Nouveau point d'avancement »: a dated note in light Markdown. */
export function LogEntryForm({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  const create = useCreatePart<{ occurredOn?: string; body: string }>(actionId, 'log');
  const form = useForm({
    initialValues: { occurredOn: todayIso(), body: '' },
    validate: { body: (value) => (value.trim() ? null : t('common.required')) },
  });

  const submit = (values: { occurredOn: string; body: string }) =>
    create.mutate(
      { body: values.body.trim(), ...(values.occurredOn ? { occurredOn: values.occurredOn } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t('fiche.logAdded'));
          form.setValues({ occurredOn: todayIso(), body: '' });
        },
        onError: (error) => form.setErrors(issuesToFormErrors(error)),
      },
    );

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Fieldset legend={t('fiche.newLogEntry')}>
        <Stack gap="sm">
          <ErrorAlert error={create.error} />
          <TextInput type="date" label={t('fiche.logDate')} maw={220} {...form.getInputProps('occurredOn')} />
          <Textarea label={t('fiche.logText')} description={t('fiche.logHint')} required autosize minRows={3} {...form.getInputProps('body')} />
          <Group>
            <Button type="submit" loading={create.isPending}>{t('fiche.addToLog')}</Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
