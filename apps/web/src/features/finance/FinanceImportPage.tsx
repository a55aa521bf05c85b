import type { FinanceImportResult } from '@pilotis/shared';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { portfolioBudgetPath } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import { WizardSteps } from '../../components/WizardSteps';
import { useFocusOnChange } from '../../components/use-focus-on-change';
import { FinanceFileStep } from './FinanceFileStep';
import { FinanceCounts, FinancePreviewStep } from './FinancePreviewStep';
import { UnmatchedLinesSection } from './UnmatchedLinesSection';
import { useFinanceImport } from './use-finance';

type Step = { kind: 'file' } | { kind: 'preview'; file: File; result: FinanceImportResult } | { kind: 'done'; result: FinanceImportResult };
const stepIndex = { file: 0, preview: 1, done: 2 } as const;
const stepKeys = ['stepFile', 'stepPreview', 'stepDone'] as const;

/** « Importer les engagements et mandats »: check the finance export, import it, then assign what no code matched. */
export function FinanceImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<{ id: string }>();
  const check = useFinanceImport(id);
  const write = useFinanceImport(id);
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const heading = useFocusOnChange<HTMLHeadingElement>(step.kind);
  const restart = () => {
    check.reset();
    write.reset();
    setStep({ kind: 'file' });
  };

  return (
    <>
      <PageHeader
        title={t('finance.import.title')}
        description={<>{t('finance.import.intro')} <Anchor component={Link} to={portfolioBudgetPath(id)} underline="always">{t('finance.import.backToBudget')}</Anchor></>}
      />
      <WizardSteps steps={stepKeys.map((key) => t(`finance.import.${key}`))} active={stepIndex[step.kind]} label={t('finance.import.steps')} completedLabel={t('finance.import.stepCompleted')} />
      <Title order={2} size="h3" ref={heading} tabIndex={-1} mb="md">
        {t('finance.import.stepHeading', { index: stepIndex[step.kind] + 1, total: 3, name: t(`finance.import.${stepKeys[stepIndex[step.kind]]}`) })}
      </Title>
      {step.kind === 'file' && (
        <FinanceFileStep checking={check.isPending} error={check.error} onCheck={(file) => check.mutate({ file, dryRun: true }, { onSuccess: (result) => setStep({ kind: 'preview', file, result }) })} />
      )}
      {step.kind === 'preview' && (
        <FinancePreviewStep
          fileName={step.file.name}
          result={step.result}
          importing={write.isPending}
          error={write.error}
          onImport={() => write.mutate({ file: step.file, dryRun: false }, { onSuccess: (result) => setStep({ kind: 'done', result }) })}
          onBack={restart}
        />
      )}
      {step.kind === 'done' && (
        <Stack>
          <Text>{t('finance.import.done')}</Text>
          <FinanceCounts result={step.result} />
          <Group>
            <Button component={Link} to={portfolioBudgetPath(id)}>{t('finance.import.seeBudget')}</Button>
            <Button variant="default" onClick={restart}>{t('finance.import.again')}</Button>
          </Group>
          <UnmatchedLinesSection portfolioId={id} />
        </Stack>
      )}
    </>
  );
}
