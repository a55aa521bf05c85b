import { Button, Group, Input } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../lib/notify';
import { useUploadAttachment } from './use-action-parts';

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** « Fichier » + « Téléverser »: a native file input, the most robust with assistive technologies. */
export function AttachmentUploadForm({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadAttachment(actionId);
  const [tooLarge, setTooLarge] = useState(false);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setTooLarge(true);
      return;
    }
    setTooLarge(false);
    upload.mutate(file, {
      onSuccess: () => {
        notifySuccess(t('fiche.uploaded', { name: file.name }));
        if (input.current) input.current.value = '';
      },
    });
  };

  return (
    <form onSubmit={submit}>
      <ErrorAlert error={upload.error} message={tooLarge ? t('fiche.fileTooLarge') : undefined} />
      <Group align="flex-end" gap="xs" mt="xs">
        <Input.Wrapper label={t('fiche.file')} id={inputId} description={t('fiche.fileHint')} descriptionProps={{ id: hintId }}>
          <input ref={input} id={inputId} type="file" aria-describedby={hintId} style={{ display: 'block', marginTop: 4 }} />
        </Input.Wrapper>
        <Button type="submit" variant="light" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
          {t('fiche.upload')}
        </Button>
      </Group>
    </form>
  );
}
