import type { LogEntry } from '@pilotis/shared';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { SaveError } from './ConflictAlert';
import { useUpdatePart } from './use-action-parts';

interface LogEntryEditFormProps {
  actionId: string;
  entry: LogEntry;
  formLabel: string;
  onDone: () => void;
}

/** Edits a journal entry in place (PATCH /api/log/:id with its version). */
export function LogEntryEditForm({ actionId, entry, formLabel, onDone }: LogEntryEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdatePart<{ version: number; body: string; occurredOn: string }>(actionId, 'log');
  const form = useForm({
    initialValues: { occurredOn: entry.occurredOn.slice(0, 10), body: entry.body },
    validate: {
      body: (value) => (value.trim() ? null : t('common.required')),
      occurredOn: (value) => (value ? null : t('common.required')),
    },
  });
  const submit = (values: { occurredOn: string; body: string }) =>
    update.mutate({ id: entry.id, version: entry.version, body: values.body.trim(), occurredOn: values.occurredOn }, {
      onSuccess: () => { notifySuccess(t('fiche.logSaved')); onDone(); },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });
  const cancel = () => { update.reset(); onDone(); };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={formLabel}>
      <Stack gap="sm">
        <SaveError error={update.error} onReload={cancel} />
        <TextInput type="date" label={t('fiche.logDate')} maw={220} required {...form.getInputProps('occurredOn')} />
        <Textarea label={t('fiche.logText')} description={t('fiche.logHint')} required autosize minRows={3} data-autofocus {...form.getInputProps('body')} />
        <Group>
          <Button type="submit" loading={update.isPending}>{t('common.save')}</Button>
          <Button variant="default" onClick={cancel}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
