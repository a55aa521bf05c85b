import { Button, Group, Modal } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/use-me';
import { PlanImportButton } from '../plan-import/PlanImportButton';
import { PlanJsonImportButton } from '../plan-export/PlanJsonImportButton';
import { PlanCreateForm } from './PlanCreateForm';
import { PlansTable } from './PlansTable';
import { usePlans } from './use-plans';

export function PlansPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const plans = usePlans();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('plans.title')}
        description={t('plans.intro')}
        actions={
          me.can.manageMembers && (
            <Group gap="xs">
              <PlanImportButton />
              <PlanJsonImportButton />
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                {t('plans.new')}
              </Button>
            </Group>
          )
        }
      />
      {plans.isPending && <LoadingState />}
      <ErrorAlert error={plans.error} />
      {plans.data && <PlansTable plans={plans.data} />}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('plans.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <PlanCreateForm onDone={() => setCreating(false)} />
      </Modal>
    </>
  );
}
