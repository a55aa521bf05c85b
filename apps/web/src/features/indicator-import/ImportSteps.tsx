import { useTranslation } from 'react-i18next';
import { WizardSteps } from '../../components/WizardSteps';

const steps = ['stepFile', 'stepPreview', 'stepDone'] as const;

export function ImportSteps({ active }: { active: number }) {
  const { t } = useTranslation();
  return <WizardSteps steps={steps.map((key) => t(`integrations.import.${key}`))} active={active} label={t('integrations.import.steps')} completedLabel={t('integrations.import.stepCompleted')} />;
}
