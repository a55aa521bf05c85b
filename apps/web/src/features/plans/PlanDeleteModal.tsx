import type { Plan } from '@pilotis/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import { useDeletePlan } from './use-plans';

interface PlanDeleteModalProps {
  plan: Plan;
  opened: boolean;
  onClose: () => void;
}

/** « Supprimer le plan »: focus starts on « Annuler »; a 409 (the plan holds actions) shows the server's advice. */
export function PlanDeleteModal({ plan, opened, onClose }: PlanDeleteModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeletePlan(plan.id);
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        notifySuccess(t('planSettings.deleted', { name: plan.name }));
        void navigate(paths.plans);
      },
    });

  return (
    <Modal opened={opened} onClose={close} title={t('planSettings.deleteTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text>{t('planSettings.deleteMessage', { name: plan.name })}</Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={confirm}>
            {t('planSettings.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
