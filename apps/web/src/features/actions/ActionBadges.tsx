import type { StatusCategory } from '@pilotis/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const categoryColors: Record<StatusCategory, string> = {
  not_started: '#495057',
  in_progress: '#1864ab',
  done: '#1b6e3a',
  stopped: '#8a4b00',
};

const badgeProps = { variant: 'filled', radius: 'sm', tt: 'none', fw: 600, maw: 'none', styles: { root: { flexShrink: 0 }, label: { overflow: 'visible' } } } as const;

/** The status' own label, colored by its category (the label carries the meaning). */
export function StatusLabel({ label, category }: { label: string; category: StatusCategory }) {
  return <Badge {...badgeProps} color={categoryColors[category]}>{label}</Badge>;
}

export function LateBadge() {
  const { t } = useTranslation();
  return <Badge {...badgeProps} color="#a51d2d">{t('actions.late')}</Badge>;
}

export function FlagshipBadge() {
  const { t } = useTranslation();
  return <Badge {...badgeProps} color="#5f3dc4">{t('actions.flagship')}</Badge>;
}
