import { linkAttachmentInputSchema } from '@pilotis/shared';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { zodFormValidator } from '../../../lib/zod-form';
import { useCreatePart } from './use-action-parts';

type Values = { name: string; url: string };

/** An annex that is a link (shared drive, web page): name and http(s) address. */
export function AttachmentLinkForm({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  const create = useCreatePart<Values>(actionId, 'attachments', 'links');
  const form = useForm<Values>({ initialValues: { name: '', url: '' }, validate: zodFormValidator(linkAttachmentInputSchema) });

  const submit = (values: Values) =>
    create.mutate({ name: values.name.trim(), url: values.url.trim() }, {
      onSuccess: () => { notifySuccess(t('fiche.linkAdded')); form.reset(); },
      onError: (error) => form.setErrors(issuesToFormErrors(error)),
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <ErrorAlert error={create.error} />
      <Group align="flex-start" gap="xs" mt="xs">
        <TextInput label={t('fiche.linkName')} required {...form.getInputProps('name')} />
        <TextInput label={t('fiche.linkUrl')} type="url" required placeholder="https://" {...form.getInputProps('url')} />
        <Button type="submit" variant="light" mt={25} leftSection={<IconLink size={16} aria-hidden />} loading={create.isPending}>
          {t('fiche.addLink')}
        </Button>
      </Group>
    </form>
  );
}
