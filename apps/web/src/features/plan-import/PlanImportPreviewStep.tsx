import type { PlanImportPreview } from '@pilotis/shared';
import { Alert, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileImport, IconRefresh } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlanImportMapping, type Mapping } from './PlanImportMapping';
import { PlanImportProblems } from './PlanImportProblems';
import { PlanImportTree } from './PlanImportTree';
import type { ImportRequest } from './use-plan-import';

interface Props {
  request: ImportRequest;
  preview: PlanImportPreview;
  checking: boolean;
  importing: boolean;
  error: unknown;
  onRecheck: (request: ImportRequest) => void;
  onImport: (request: ImportRequest) => void;
  onBack: () => void;
}

const COUNTS = ['nodes', 'actions', 'subActions', 'budgetLines', 'indicatorLinks'] as const;
const countLabel = { nodes: 'countNodes', actions: 'countActions', subActions: 'countSubActions', budgetLines: 'countBudgetLines', indicatorLinks: 'countIndicatorLinks' } as const;

/** Step 2: what the file would create, the matches to complete, every problem; import only once no error is left. */
export function PlanImportPreviewStep({ request, preview, checking, importing, error, onRecheck, onImport, onBack }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const initial: Mapping = { people: { ...(request.fields.mapping?.people ?? {}) }, statuses: { ...(request.fields.mapping?.statuses ?? {}) } };
  const [mapping, setMapping] = useState<Mapping>(initial);
  const [dirty, setDirty] = useState(false);
  const errors = preview.problems.filter((p) => p.severity === 'error').length;
  const withMapping = { ...request, fields: { ...request.fields, mapping } };
  const change = (next: Mapping) => { setMapping(next); setDirty(true); };

  return (
    <Stack>
      <Text>{t('planImport.checkedFile', { file: request.file.name, sheet: preview.sheet, kind: t(`planImport.templateKind_${preview.templateKind}`) })}</Text>
      {preview.ready && !dirty ? (
        <Alert role="status" color="#1b6e3a" variant="outline" c="dark" icon={<IconCheck aria-hidden />} title={t('planImport.readyTitle')}>{t('planImport.ready')}</Alert>
      ) : (
        <Alert role="alert" color="red" variant="outline" c="red.9" icon={<IconAlertTriangle aria-hidden />} title={t('planImport.problemsCount', { count: errors })}>
          <Text size="sm">{t('planImport.blocked')}</Text>
        </Alert>
      )}
      <section aria-labelledby={`${id}-counts`}>
        <Title order={3} size="h4" id={`${id}-counts`} mb="xs">{t('planImport.counts')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" m={0}>
          {COUNTS.map((key) => (
            <div key={key}>
              <Text component="dt" size="sm" c="dimmed">{t(`planImport.${countLabel[key]}`)}</Text>
              <Text component="dd" m={0} fw={700} size="lg">{preview.counts[key].toLocaleString()}</Text>
            </div>
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby={`${id}-tree`}>
        <Title order={3} size="h4" id={`${id}-tree`} mb="xs">{t('planImport.tree')}</Title>
        <PlanImportTree preview={preview} />
      </section>
      <PlanImportMapping preview={preview} mapping={mapping} onChange={change} />
      {preview.problems.length > 0 && (
        <section aria-labelledby={`${id}-problems`}>
          <Title order={3} size="h4" id={`${id}-problems`} mb="xs">{t('planImport.problems')} ({t('planImport.problemsCount', { count: preview.problems.length })})</Title>
          <PlanImportProblems problems={preview.problems} />
        </section>
      )}
      <section aria-labelledby={`${id}-notes`}>
        <Title order={3} size="h4" id={`${id}-notes`} mb="xs">{t('planImport.notes')}</Title>
        <List size="sm" spacing={2}>{preview.notes.map((note) => <List.Item key={note}>{note}</List.Item>)}</List>
      </section>
      <ErrorAlert error={error} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>{t('planImport.otherFile')}</Button>
        <Group>
          <Button variant={dirty || !preview.ready ? 'filled' : 'default'} leftSection={<IconRefresh size={16} aria-hidden />} loading={checking} onClick={() => { setDirty(false); onRecheck(withMapping); }}>
            {t('planImport.recheck')}
          </Button>
          <Button leftSection={<IconFileImport size={16} aria-hidden />} disabled={!preview.ready || dirty} loading={importing} onClick={() => onImport(withMapping)}>
            {t('planImport.import')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
