import type { OrgUnit } from '@pilotis/shared';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrgUnitForm } from './OrgUnitForm';

interface OrgUnitFormModalProps {
  opened: boolean;
  onClose: () => void;
  units: OrgUnit[];
  unit?: OrgUnit;
}

/** Mantine's Modal traps focus and gives it back to the button that opened it. */
export function OrgUnitFormModal({ opened, onClose, units, unit }: OrgUnitFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(unit ? 'orgUnits.editTitle' : 'orgUnits.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <OrgUnitForm onDone={onClose} units={units} unit={unit} />
    </Modal>
  );
}
