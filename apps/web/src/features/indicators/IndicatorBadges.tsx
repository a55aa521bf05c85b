import type { MeasureStatus, Trend } from '@pilotis/shared';
import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowNarrowRight, IconCircleCheck, IconCircleDashed, IconCircleX, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** White text on these is ≥ 6:1; each status also has its own icon and word, never colour alone. */
export const measureStatusColors: Record<MeasureStatus, string> = {
  on_track: '#1b6e3a',
  at_risk: '#8a4b00',
  off_track: '#a51d2d',
  no_target: '#495057',
};
const statusIcons = { on_track: IconCircleCheck, at_risk: IconAlertTriangle, off_track: IconCircleX, no_target: IconCircleDashed } as const;

/** « En bonne voie » / « À surveiller » / « Hors trajectoire » / « Sans cible », with an icon. */
export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  const Icon = statusIcons[status];
  return (
    <Badge
      color={measureStatusColors[status]}
      variant="filled"
      radius="sm"
      tt="none"
      fw={600}
      maw="none"
      leftSection={<Icon size={14} aria-hidden />}
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {t(`indicators.statuses.${status}`)}
    </Badge>
  );
}

const trendIcons = { better: IconTrendingUp, worse: IconTrendingDown, stable: IconArrowNarrowRight } as const;
const trendColors = { better: '#1b6e3a', worse: '#a51d2d', stable: '#495057' } as const;

/** Better or worse than the previous period (in the indicator's direction): arrow AND words. */
export function TrendLabel({ trend }: { trend: Trend | null }) {
  const { t } = useTranslation();
  if (!trend) return <Text size="sm" c="dimmed">{t('common.empty')}</Text>;
  const Icon = trendIcons[trend];
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={18} color={trendColors[trend]} aria-hidden />
      <Text size="sm">{t(`indicators.trends.${trend}`)}</Text>
    </Group>
  );
}
