import type { PlanImportPreview } from '@pilotis/shared';
import { Anchor, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import { useFocusOnChange } from '../../components/use-focus-on-change';
import { PlanImportFileStep } from './PlanImportFileStep';
import { PlanImportJobStep } from './PlanImportJobStep';
import { PlanImportPreviewStep } from './PlanImportPreviewStep';
import { IMPORT_STEPS, PlanImportSteps } from './PlanImportSteps';
import { usePlanImportPreview, usePlanImportStart, type ImportRequest } from './use-plan-import';

type Step = { kind: 'file' } | { kind: 'preview'; request: ImportRequest; preview: PlanImportPreview } | { kind: 'import'; jobId: string };
const stepIndex = { file: 0, preview: 1, import: 2 } as const;

/**
 * « Importer un plan depuis Excel »: file and plan fields → preview with the mapping of unknown
 * people and statuses (checked again after each change) → the import job with its progress bar.
 */
export function PlanImportPage() {
  const { t } = useTranslation();
  const check = usePlanImportPreview();
  const start = usePlanImportStart();
  const [step, setStep] = useState<Step>({ kind: 'file' });
  // Each new step is announced by moving focus to its heading.
  const heading = useFocusOnChange<HTMLHeadingElement>(step.kind);

  const onCheck = (request: ImportRequest) => check.mutate(request, { onSuccess: (preview) => setStep({ kind: 'preview', request, preview }) });
  const onImport = (request: ImportRequest) => start.mutate(request, { onSuccess: (jobId) => setStep({ kind: 'import', jobId }) });
  const restart = () => { check.reset(); start.reset(); setStep({ kind: 'file' }); };
  const index = stepIndex[step.kind];

  return (
    <>
      <PageHeader
        title={t('planImport.title')}
        description={<>{t('planImport.intro')} <Anchor component={Link} to={paths.plans} underline="always">{t('planImport.backToPlans')}</Anchor></>}
      />
      <PlanImportSteps active={index} />
      <Title order={2} size="h3" ref={heading} tabIndex={-1} mb="md">
        {t('planImport.stepHeading', { index: index + 1, total: IMPORT_STEPS.length, name: t(`planImport.${IMPORT_STEPS[index]}`) })}
      </Title>
      {step.kind === 'file' && <PlanImportFileStep checking={check.isPending} error={check.error} onCheck={onCheck} />}
      {step.kind === 'preview' && (
        <PlanImportPreviewStep
          request={step.request}
          preview={step.preview}
          checking={check.isPending}
          importing={start.isPending}
          error={check.error ?? start.error}
          onRecheck={onCheck}
          onImport={onImport}
          onBack={restart}
        />
      )}
      {step.kind === 'import' && <PlanImportJobStep jobId={step.jobId} onAgain={restart} />}
    </>
  );
}
