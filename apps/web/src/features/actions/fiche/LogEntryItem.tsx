import type { LogEntry } from '@pilotis/shared';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { LightMarkdown } from './LightMarkdown';
import { LogEntryEditForm } from './LogEntryEditForm';

export type LogEntryWithAbilities = LogEntry & { can?: { update?: boolean; delete?: boolean } };

/** One journal entry: date, author, text; « Modifier » / « Supprimer » as its own `can` allows. */
export function LogEntryItem({ actionId, entry, onDelete }: { actionId: string; entry: LogEntryWithAbilities; onDelete: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const date = format.date(entry.occurredOn);

  if (editing) {
    return <LogEntryEditForm actionId={actionId} entry={entry} formLabel={t('fiche.editLogEntry', { date })} onDone={() => setEditing(false)} />;
  }
  return (
    <>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={700}>
          <time dateTime={entry.occurredOn}>{date}</time>
          {entry.author && ` — ${entry.author.name}`}
        </Text>
        <Group gap={4}>
          {entry.can?.update && (
            <Button size="compact-xs" variant="subtle" aria-label={t('fiche.editLogEntry', { date })} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {entry.can?.delete && (
            <Button size="compact-xs" variant="subtle" color="red.9" c="red.9" aria-label={t('fiche.deleteLogEntry', { date })} onClick={onDelete}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <LightMarkdown source={entry.body} />
    </>
  );
}
