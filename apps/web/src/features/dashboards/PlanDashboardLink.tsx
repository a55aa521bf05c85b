import { Button } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planDashboardPath } from '../../app/paths';

/** From the plan page to its dashboard (everyone who reads the plan may see it). */
export function PlanDashboardLink({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={planDashboardPath(planId)} variant="default" leftSection={<IconGauge size={18} aria-hidden />}>
      {t('dashboards.plan.link')}
    </Button>
  );
}
