import type { MeasureImportResult } from '@pilotis/shared';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ImportCounts } from './ImportCounts';

/** Step 3: what was written, and where to see it. */
export function ImportResultStep({ result, onAgain }: { result: MeasureImportResult; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert role="status" color="#1b6e3a" variant="outline" c="dark" icon={<IconCheck aria-hidden />} title={t('integrations.import.doneTitle')}>
        {t('integrations.import.doneMessage', { count: result.created + result.updated })}
      </Alert>
      <ImportCounts result={result} done />
      <Group>
        <Button component={Link} to={paths.indicators}>{t('integrations.import.seeIndicators')}</Button>
        <Button variant="default" onClick={onAgain}>{t('integrations.import.again')}</Button>
      </Group>
    </Stack>
  );
}
