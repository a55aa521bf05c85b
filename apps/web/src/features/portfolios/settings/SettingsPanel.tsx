import type { Portfolio } from '@pilotis/shared';
import { Stack } from '@mantine/core';
import { CriteriaForm } from './CriteriaForm';
import { SettingsForm } from './SettingsForm';

/** Managers only: the period, capacities and weighting, then the scoring criteria. */
export function SettingsPanel({ portfolio }: { portfolio: Portfolio }) {
  return (
    <Stack gap="lg">
      <SettingsForm key={`settings-${portfolio.settings.version}`} portfolio={portfolio} />
      <CriteriaForm key={`criteria-${portfolio.criteria.map((c) => `${c.id}:${c.weight}`).join()}`} portfolio={portfolio} />
    </Stack>
  );
}
