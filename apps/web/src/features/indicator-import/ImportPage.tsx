import type { MeasureImportResult } from '@pilotis/shared';
import { Anchor, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import { useFocusOnChange } from '../../components/use-focus-on-change';
import { ImportFileStep } from './ImportFileStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportResultStep } from './ImportResultStep';
import { ImportSteps } from './ImportSteps';
import { useMeasureImport } from './use-measure-import';

type Step = { kind: 'file' } | { kind: 'preview'; file: File; result: MeasureImportResult } | { kind: 'done'; result: MeasureImportResult };
const stepIndex = { file: 0, preview: 1, done: 2 } as const;

/** « Importer des mesures »: choose a file, see what it would do and every problem, then import all or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const check = useMeasureImport();
  const write = useMeasureImport();
  const [step, setStep] = useState<Step>({ kind: 'file' });
  // Each new step is announced by moving focus to its heading.
  const heading = useFocusOnChange<HTMLHeadingElement>(step.kind);

  const onCheck = (file: File) =>
    check.mutate({ file, dryRun: true }, { onSuccess: (result) => setStep({ kind: 'preview', file, result }) });
  const onImport = (file: File) =>
    write.mutate({ file, dryRun: false }, {
      // Something changed since the preview (a code removed, a right lost): show the new problems.
      onSuccess: (result) => setStep(result.problems.length > 0 ? { kind: 'preview', file, result } : { kind: 'done', result }),
    });
  const restart = () => { check.reset(); write.reset(); setStep({ kind: 'file' }); };

  return (
    <>
      <PageHeader
        title={t('integrations.import.title')}
        description={<>{t('integrations.import.intro')} <Anchor component={Link} to={paths.indicators} underline="always">{t('integrations.import.backToIndicators')}</Anchor></>}
      />
      <ImportSteps active={stepIndex[step.kind]} />
      <Title order={2} size="h3" ref={heading} tabIndex={-1} mb="md">
        {t('integrations.import.stepHeading', { index: stepIndex[step.kind] + 1, total: 3, name: t(`integrations.import.${stepTitles[step.kind]}`) })}
      </Title>
      {step.kind === 'file' && <ImportFileStep checking={check.isPending} error={check.error} onCheck={onCheck} />}
      {step.kind === 'preview' && (
        <ImportPreviewStep fileName={step.file.name} result={step.result} importing={write.isPending} error={write.error}
          onImport={() => onImport(step.file)} onBack={restart} />
      )}
      {step.kind === 'done' && <ImportResultStep result={step.result} onAgain={restart} />}
    </>
  );
}

const stepTitles = { file: 'stepFile', preview: 'stepPreview', done: 'stepDone' } as const;
