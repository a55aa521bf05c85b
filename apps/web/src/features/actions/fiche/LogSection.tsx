import { Divider, Stack, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../lib/notify';
import { useFormatters } from '../../../lib/use-formatters';
import { FicheSection } from './FicheSection';
import { LogEntryForm } from './LogEntryForm';
import { LogEntryItem, type LogEntryWithAbilities } from './LogEntryItem';
import { useActionParts, useDeletePart } from './use-action-parts';

/** « Journal »: dated progress notes, newest first. */
export function LogSection({ actionId, canUpdate }: { actionId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = useActionParts<LogEntryWithAbilities>(actionId, 'log');
  const remove = useDeletePart(actionId, 'log');
  const [toDelete, setToDelete] = useState<LogEntryWithAbilities | null>(null);
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
                <LogEntryItem actionId={actionId} entry={entry} onDelete={() => setToDelete(entry)} />
              </li>
            </Fragment>
          ))}
        </Stack>
      </Stack>
      <ConfirmModal
        opened={toDelete !== null}
        title={t('fiche.deleteLogEntryTitle')}
        message={t('fiche.deleteLogEntryConfirm', { date: format.date(toDelete?.occurredOn) })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onClose={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate(toDelete.id, { onSuccess: () => setToDelete(null), onError: (error) => notifyError(describeError(error, t)) })}
      />
    </FicheSection>
  );
}
