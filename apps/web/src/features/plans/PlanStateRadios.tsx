import { planStates, type PlanState } from '@pilotis/shared';
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PlanStateRadiosProps {
  value: PlanState;
  onChange: (value: PlanState) => void;
}

/** « État »: each choice says who sees the plan (drafts and archives: its members only). */
export function PlanStateRadios({ value, onChange }: PlanStateRadiosProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('plans.state')} value={value} onChange={(next) => onChange(next as PlanState)}>
      <Stack gap="xs" mt="xs">
        {planStates.map((state) => (
          <Radio key={state} value={state} label={t(`plans.states.${state}`)} description={t(`plans.stateHelp.${state}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
