import { Button } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planQualityPath } from '../../app/paths';

/** « Qualité des données » from the plan page header (shown to those who shape the plan). */
export function QualityPanelLink({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={planQualityPath(planId)} variant="default" leftSection={<IconClipboardCheck size={18} aria-hidden />}>
      {t('quality.open')}
    </Button>
  );
}
