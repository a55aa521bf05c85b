import type { LogEntry } from '@pilotis/shared';
import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../lib/notify';
import { useFormatters } from '../../../lib/use-formatters';
import { FicheSection } from './FicheSection';
import { LightMarkdown } from './LightMarkdown';
import { LogEntryForm } from './LogEntryForm';
import { useActionParts, useDeletePart } from './use-action-parts';

type Entry = LogEntry & { can?: { delete?: boolean } };

/** « Journal »: dated progress notes, newest first. */
export function LogSection({ actionId, canUpdate }: { actionId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = useActionParts<Entry>(actionId, 'log');
  const remove = useDeletePart(actionId, 'log');
  const sorted = [...(entries.data ?? [])].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt));

  return (
    <FicheSection title={t('fiche.log')}>
      <Stack>
        {canUpdate && <LogEntryForm actionId={actionId} />}
        <ErrorAlert error={entries.error} />
        {entries.data?.length === 0 && <Text c="dimmed" size="sm">{t('fiche.logEmpty')}</Text>}
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {sorted.map((entry, index) => (
            <Fragment key={entry.id}>
              {index > 0 && <Divider component="li" aria-hidden />}
              <li>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={700}>
                    <time dateTime={entry.occurredOn}>{format.date(entry.occurredOn)}</time>
                    {entry.author && ` — ${entry.author.name}`}
                  </Text>
                  {entry.can?.delete && (
                    <Button size="compact-xs" variant="subtle" loading={remove.isPending && remove.variables === entry.id}
                      aria-label={t('fiche.deleteLogEntry', { date: format.date(entry.occurredOn) })}
                      onClick={() => remove.mutate(entry.id, { onError: (error) => notifyError(describeError(error, t)) })}>
                      {t('common.delete')}
                    </Button>
                  )}
                </Group>
                <LightMarkdown source={entry.body} />
              </li>
            </Fragment>
          ))}
        </Stack>
      </Stack>
    </FicheSection>
  );
}
