import type { OutboundEmailStatus } from '@pilotis/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<OutboundEmailStatus, string> = { queued: 'gray.8', sent: 'green.9', failed: 'red.9' };

/** The state of an e-mail, in words (colour only repeats it). */
export function OutboxStatusBadge({ status }: { status: OutboundEmailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'queued' ? 'outline' : 'filled'}>
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}
