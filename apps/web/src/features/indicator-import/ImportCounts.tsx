import type { MeasureImportResult } from '@pilotis/shared';
import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** « 12 lignes · 8 créées · 3 modifiées · 1 inchangée » as a definition list of tiles. */
export function ImportCounts({ result, done }: { result: MeasureImportResult; done: boolean }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR');
  const tiles = [
    { key: 'rows', value: result.rows },
    { key: done ? 'createdDone' : 'created', value: result.created },
    { key: done ? 'updatedDone' : 'updated', value: result.updated },
    { key: 'unchanged', value: result.unchanged },
  ];
  return (
    <Group component="dl" gap="sm" m={0}>
      {tiles.map(({ key, value }) => (
        <Paper key={key} withBorder p="sm" miw={130}>
          <Text component="dt" size="sm" c="dimmed">{t(`integrations.import.counts.${key}`)}</Text>
          <Text component="dd" m={0} fw={700} size="xl">{number.format(value)}</Text>
        </Paper>
      ))}
    </Group>
  );
}
