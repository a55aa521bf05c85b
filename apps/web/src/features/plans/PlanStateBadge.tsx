import type { PlanState } from '@pilotis/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Dark fills under white text (≥ 6:1); the word carries the meaning, the color only echoes it. */
const stateColors: Record<PlanState, string> = {
  draft: '#495057',
  active: '#1b6e3a',
  closed: '#1864ab',
  archived: '#8a4b00',
};

/** The plan's state as a text badge: « Brouillon », « Actif », « Clos », « Archivé ». */
export function PlanStateBadge({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" color={stateColors[state]} variant="filled" radius="sm" tt="none" fw={600} maw="none" styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {t(`plans.states.${state}`)}
    </Badge>
  );
}
