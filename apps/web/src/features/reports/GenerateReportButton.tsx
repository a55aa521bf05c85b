import { Button } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GenerateReportDialog } from './GenerateReportDialog';
import type { ReportPreset } from './report-request';

/** « Générer le rapport » on a plan, fiche or indicator page: the dialog opens on that subject. */
export function GenerateReportButton({ preset }: { preset: ReportPreset }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileText size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('reports.generateShortcut')}
      </Button>
      <GenerateReportDialog opened={opened} onClose={() => setOpened(false)} preset={preset} />
    </>
  );
}
