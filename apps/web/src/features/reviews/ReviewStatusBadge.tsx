import type { ReviewStatus } from '@pilotis/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** « Prévue » / « Tenue »: white on dark colours (≥ 6:1), the word carries the meaning. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" radius="sm" tt="none" fw={600} color={status === 'held' ? '#1b6e3a' : '#1864ab'}>
      {t(`reviews.statuses.${status}`)}
    </Badge>
  );
}
