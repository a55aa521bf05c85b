import { Divider, Stack, Text } from '@mantine/core';
import type { AuditEvent } from '@pilotis/shared';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { HistoryEventItem } from './HistoryEventItem';

interface HistoryTimelineProps {
  events: AuditEvent[] | undefined;
  loading: boolean;
  error: unknown;
}

/** Recorded changes, newest first (the server sends them oldest first), with loading and empty states. */
export function HistoryTimeline({ events, loading, error }: HistoryTimelineProps) {
  const { t } = useTranslation();
  return (
    <>
      {loading && <LoadingState />}
      <ErrorAlert error={error} />
      {events?.length === 0 && <Text c="dimmed">{t('history.empty')}</Text>}
      <Stack gap="md">
        {[...(events ?? [])].reverse().map((event, index) => (
          <Fragment key={event.id}>
            {index > 0 && <Divider />}
            <HistoryEventItem event={event} />
          </Fragment>
        ))}
      </Stack>
    </>
  );
}
