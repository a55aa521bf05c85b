import type { ProjectStage } from '@pilotis/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Dark enough for white text (≥ 4.5:1); the stage's name carries the meaning, never the colour alone. */
export const stageColors: Record<ProjectStage, string> = {
  request: '#495057',
  evaluation: '#1864ab',
  arbitration: '#5f3dc4',
  approved: '#1b6e3a',
  rejected: '#a51d2d',
  postponed: '#8a4b00',
  in_progress: '#0b7285',
  closed: '#343a40',
};

export function StageBadge({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={stageColors[stage]} variant="filled" radius="sm" tt="none" fw={600} maw="none" styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {t(`portfolios.stages.${stage}`)}
    </Badge>
  );
}
