import type { Attachment } from '@pilotis/shared';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconFile, IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../lib/notify';
import { useFormatters } from '../../../lib/use-formatters';
import { AttachmentLinkForm } from './AttachmentLinkForm';
import { AttachmentUploadForm } from './AttachmentUploadForm';
import { FicheSection } from './FicheSection';
import { useActionParts, useDeletePart } from './use-action-parts';

const size = (bytes: number | null, locale: string) =>
  bytes === null ? '' : new Intl.NumberFormat(locale, { style: 'unit', unit: bytes >= 1_048_576 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes >= 1_048_576 ? bytes / 1_048_576 : Math.max(bytes / 1024, 0.1));

/** « Annexes »: files (downloaded through the API, which checks access) and links. */
export function AttachmentsSection({ actionId, canUpdate }: { actionId: string; canUpdate: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const attachments = useActionParts<Attachment>(actionId, 'attachments');
  const remove = useDeletePart(actionId, 'attachments');

  return (
    <FicheSection title={t('fiche.attachments')}>
      <Stack gap="sm">
        <ErrorAlert error={attachments.error} />
        {attachments.data?.length === 0 && <Text size="sm" c="dimmed">{t('fiche.attachmentsEmpty')}</Text>}
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {(attachments.data ?? []).map((a) => (
            <Group component="li" key={a.id} gap="xs" wrap="wrap">
              {a.kind === 'file' ? <IconFile size={16} aria-hidden /> : <IconLink size={16} aria-hidden />}
              {a.kind === 'file' ? (
                <Anchor href={`/api/attachments/${a.id}/download`} download={a.name}>{a.name}</Anchor>
              ) : (
                <Anchor href={a.url ?? '#'} target="_blank" rel="noopener noreferrer nofollow">{a.name}</Anchor>
              )}
              <Text size="sm" c="dimmed">
                {[a.kind === 'file' ? size(a.sizeBytes, i18n.language) : t('fiche.link'), a.uploadedBy?.name, format.date(a.createdAt.slice(0, 10))].filter(Boolean).join(' · ')}
              </Text>
              {canUpdate && (
                <Button size="compact-xs" variant="subtle" aria-label={t('fiche.deleteAttachment', { name: a.name })}
                  onClick={() => remove.mutate(a.id, { onError: (error) => notifyError(describeError(error, t)) })}>{t('common.delete')}</Button>
              )}
            </Group>
          ))}
        </Stack>
        {canUpdate && <AttachmentUploadForm actionId={actionId} />}
        {canUpdate && <AttachmentLinkForm actionId={actionId} />}
      </Stack>
    </FicheSection>
  );
}
