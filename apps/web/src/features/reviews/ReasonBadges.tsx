import type { ReviewItemReason } from '@pilotis/shared';
import { Badge, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Dark fills with white text (≥ 6:1); the word says the reason, the colour only groups them. */
const reasonColors: Record<ReviewItemReason, string> = {
  late: '#a51d2d',
  stormy: '#a51d2d',
  blocked: '#8a4b00',
  no_pilot: '#8a4b00',
  changed: '#1864ab',
  indicator_off_track: '#a51d2d',
  manual: '#495057',
};

/** Why an item is on the agenda, as badges (read as « Pourquoi ce point : En retard, Sans pilote »). */
export function ReasonBadges({ reasons }: { reasons: ReviewItemReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Group gap={4} component="span">
      <VisuallyHidden>{t('reviews.agenda.reasonsLabel')} :</VisuallyHidden>
      {reasons.map((reason) => (
        <Badge key={reason} color={reasonColors[reason]} variant="filled" radius="sm" tt="none" fw={600}>
          {t(`reviews.reasons.${reason}`)}
        </Badge>
      ))}
    </Group>
  );
}
