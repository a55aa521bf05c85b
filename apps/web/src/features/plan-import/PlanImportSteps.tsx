import { useTranslation } from 'react-i18next';
import { WizardSteps } from '../../components/WizardSteps';

export const IMPORT_STEPS = ['stepFile', 'stepPreview', 'stepImport'] as const;

export function PlanImportSteps({ active }: { active: number }) {
  const { t } = useTranslation();
  return <WizardSteps steps={IMPORT_STEPS.map((key) => t(`planImport.${key}`))} active={active} label={t('planImport.steps')} completedLabel={t('planImport.stepCompleted')} />;
}
