import type { PlanImportResult } from '@pilotis/shared';
import { Alert, Anchor, Button, Group, Input, Stack, Text } from '@mantine/core';
import { IconCheck, IconFileSearch, IconUpload } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlanJsonImportPreview } from './PlanJsonImportPreview';
import { usePlanJsonImport } from './use-plan-json-import';

const MAX_BYTES = 50 * 1024 * 1024;

/** File → preview (counts, what was not found, problems) → import → link to the new plan. */
export function PlanJsonImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<PlanImportResult | null>(null);
  const [done, setDone] = useState<PlanImportResult | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const importer = usePlanJsonImport();

  const check = (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = input.current?.files?.[0];
    if (!chosen) return setLocalError(t('planExport.import.noFile'));
    if (chosen.size > MAX_BYTES) return setLocalError(t('planExport.import.tooLarge'));
    setLocalError(null);
    setFile(chosen);
    setPreview(null);
    importer.mutate({ file: chosen, dryRun: true }, { onSuccess: setPreview });
  };
  const commit = () => file && importer.mutate({ file, dryRun: false }, { onSuccess: (result) => (result.planId ? setDone(result) : setPreview(result)) });

  if (done?.planId) {
    return (
      <Stack>
        <Alert role="status" color="green" variant="outline" c="green.9" icon={<IconCheck aria-hidden />}>
          <Text fw={700}>{t('planExport.import.doneTitle')}</Text>
          <Text>{t('planExport.import.done', { name: done.planName })}</Text>
        </Alert>
        <PlanJsonImportPreview result={done} done />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.close')}</Button>
          <Anchor component={Link} to={`/plans/${done.planId}`} onClick={onClose} fw={600}>
            {t('planExport.import.openPlan', { name: done.planName })}
          </Anchor>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack>
      <Text size="sm">{t('planExport.import.intro')}</Text>
      <form onSubmit={check} noValidate>
        <Stack gap="xs">
          <ErrorAlert error={importer.error} message={localError ?? undefined} />
          <Group align="flex-end" gap="xs">
            <Input.Wrapper label={t('planExport.import.file')} id={inputId} description={t('planExport.import.fileHint')} descriptionProps={{ id: hintId }} required>
              <input ref={input} id={inputId} type="file" accept=".json,application/json" aria-describedby={hintId} aria-required style={{ display: 'block', marginTop: 4 }} />
            </Input.Wrapper>
            <Button type="submit" variant={preview ? 'default' : 'filled'} leftSection={<IconFileSearch size={16} aria-hidden />} loading={importer.isPending && !preview}>
              {t('planExport.import.check')}
            </Button>
          </Group>
        </Stack>
      </form>
      {preview && (
        <>
          <PlanJsonImportPreview result={preview} done={false} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button onClick={commit} disabled={preview.problems.length > 0} loading={importer.isPending} leftSection={<IconUpload size={16} aria-hidden />}>
              {t('planExport.import.commit', { name: preview.planName })}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
