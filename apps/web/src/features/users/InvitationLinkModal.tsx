import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface InvitationLinkModalProps {
  invitation: { name: string; url: string } | null;
  onClose: () => void;
}

/** The link is shown once: the server keeps only its hash. */
export function InvitationLinkModal({ invitation, onClose }: InvitationLinkModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={invitation !== null} onClose={onClose} title={t('users.invitationTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {invitation && (
        <Stack>
          <Text>{t('users.invitationText', { name: invitation.name })}</Text>
          <TextInput label={t('users.invitationLink')} value={invitation.url} readOnly onFocus={(event) => event.currentTarget.select()} data-autofocus />
          <CopyButton value={invitation.url}>
            {({ copied, copy }) => (
              <Group>
                <Button onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}>
                  {t('common.copy')}
                </Button>
                {/* A live region so screen readers hear that the copy worked. */}
                <Text role="status" size="sm" c="green.9">
                  {copied ? t('common.copied') : ''}
                </Text>
              </Group>
            )}
          </CopyButton>
        </Stack>
      )}
    </Modal>
  );
}
