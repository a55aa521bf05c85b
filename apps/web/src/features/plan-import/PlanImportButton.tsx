import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PLAN_IMPORT_PATH } from './use-plan-import';

/** « Importer depuis Excel », beside « Nouveau plan » (shown to those who may create plans). */
export function PlanImportButton() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={PLAN_IMPORT_PATH} variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />}>
      {t('planImport.open')}
    </Button>
  );
}
