import { Blockquote, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ApplyDecisionModalProps {
  opened: boolean;
  text: string;
  message: string;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** « Appliquer la décision ? »: says what will change on which fiche; focus starts on « Annuler ». */
export function ApplyDecisionModal({ opened, text, message, loading, onConfirm, onClose }: ApplyDecisionModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('reviews.decisions.applyTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Blockquote p="xs" color="gray.7">{text}</Blockquote>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>{t('common.cancel')}</Button>
          <Button loading={loading} onClick={onConfirm}>{t('reviews.decisions.apply')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
