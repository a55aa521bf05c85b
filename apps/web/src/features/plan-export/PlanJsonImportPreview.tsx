import type { PlanImportCounts, PlanImportResult } from '@pilotis/shared';
import { Alert, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const COUNT_KEYS: (keyof PlanImportCounts)[] = [
  'nodes',
  'actions',
  'subActions',
  'milestones',
  'tasks',
  'logEntries',
  'budgetLines',
  'attachments',
  'indicatorsCreated',
  'indicatorsLinked',
  'measures',
  'statusesCreated',
];

/** What the import does (or did): counts as tiles, then blocking problems, then what is left empty or created. */
export function PlanJsonImportPreview({ result, done }: { result: PlanImportResult; done: boolean }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR');
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">{t(done ? 'planExport.import.countsDone' : 'planExport.import.counts', { name: result.planName })}</Title>
      <Group component="dl" gap="xs" m={0}>
        {COUNT_KEYS.map((key) => (
          <Paper key={key} withBorder p="xs" miw={120}>
            <Text component="dt" size="sm" c="dimmed">{t(`planExport.import.count.${key}`)}</Text>
            <Text component="dd" m={0} fw={700} size="lg">{number.format(result.counts[key])}</Text>
          </Paper>
        ))}
      </Group>
      {result.problems.length > 0 && (
        <Alert role="alert" color="red" variant="outline" c="red.9" icon={<IconAlertTriangle aria-hidden />} title={t('planExport.import.problems', { count: result.problems.length })}>
          <List size="sm">
            {result.problems.map((p, i) => (
              <List.Item key={i}>{p.message} <Text span c="dimmed" size="xs">({p.path})</Text></List.Item>
            ))}
          </List>
        </Alert>
      )}
      {result.warnings.length > 0 && (
        <Alert color="blue" variant="outline" icon={<IconInfoCircle aria-hidden />} title={t('planExport.import.warnings', { count: result.warnings.length })}>
          <List size="sm">
            {result.warnings.map((w, i) => <List.Item key={i}>{w.message}</List.Item>)}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
