import { Button, Modal } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanJsonImportDialog } from './PlanJsonImportDialog';

/** « Importer un export Pilotis (JSON) » on the plans list, for those who may create a plan. */
export function PlanJsonImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setOpen(true)}>
        {t('planExport.import.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('planExport.import.title')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {open && <PlanJsonImportDialog onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}
