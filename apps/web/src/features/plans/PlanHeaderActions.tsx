import type { Plan } from '@pilotis/shared';
import { Button, Modal } from '@mantine/core';
import { IconCopy, IconSettings, IconTrash } from '@tabler/icons-react';
import { QualityPanelLink } from '../quality/QualityPanelLink';
import { PlanDashboardLink } from '../dashboards/PlanDashboardLink';
import { PlanExportMenu } from '../plan-export/PlanExportMenu';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../auth/use-me';
import { PlanDeleteModal } from './PlanDeleteModal';
import { PlanDuplicateForm } from './PlanDuplicateForm';
import { PlanSettingsForm } from './PlanSettingsForm';
import type { PlanAbilities } from './plan-types';

type Dialog = 'settings' | 'duplicate' | 'delete' | null;

/** The plan page's header buttons, each shown only when allowed (`can`, or admin for duplication). */
export function PlanHeaderActions({ plan, can }: { plan: Plan; can: PlanAbilities }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const closeLabel = { 'aria-label': t('common.close') };

  return (
    <>
      <PlanDashboardLink planId={plan.id} />
      <PlanExportMenu planId={plan.id} />
      {can.update && <QualityPanelLink planId={plan.id} />}
      {can.update && (
        <Button variant="default" leftSection={<IconSettings size={18} aria-hidden />} onClick={() => setDialog('settings')}>
          {t('planSettings.open')}
        </Button>
      )}
      {me.can.manageMembers && (
        <Button variant="default" leftSection={<IconCopy size={18} aria-hidden />} onClick={() => setDialog('duplicate')}>
          {t('planSettings.duplicateTitle')}
        </Button>
      )}
      {can.delete && (
        <Button variant="outline" color="red.9" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setDialog('delete')}>
          {t('planSettings.deleteTitle')}
        </Button>
      )}
      <Modal opened={dialog === 'settings'} onClose={close} title={t('planSettings.open')} size="lg" closeButtonProps={closeLabel}>
        <PlanSettingsForm plan={plan} onDone={close} />
      </Modal>
      <Modal opened={dialog === 'duplicate'} onClose={close} title={t('planSettings.duplicateTitle')} size="lg" closeButtonProps={closeLabel}>
        <PlanDuplicateForm plan={plan} onDone={close} />
      </Modal>
      <PlanDeleteModal plan={plan} opened={dialog === 'delete'} onClose={close} />
    </>
  );
}
