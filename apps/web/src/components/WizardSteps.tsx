import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';

interface WizardStepsProps {
  /** The steps' names, in order. */
  steps: string[];
  /** Index of the current step. */
  active: number;
  /** Name of the list for screen readers (« Étapes de l'import »). */
  label: string;
  /** Said after a completed step's name (« terminée »). */
  completedLabel: string;
}

/** A wizard's steps as an ordered list; the current one carries aria-current="step". */
export function WizardSteps({ steps, active, label, completedLabel }: WizardStepsProps) {
  return (
    <Group component="ol" gap="lg" p={0} m={0} mb="lg" style={{ listStyle: 'none' }} aria-label={label}>
      {steps.map((name, index) => {
        const done = index < active;
        const current = index === active;
        return (
          <Group component="li" key={name} gap={6} aria-current={current ? 'step' : undefined}>
            <ThemeIcon size={26} radius="xl" variant={current || done ? 'filled' : 'outline'} color={current || done ? 'blue.8' : 'gray.7'} aria-hidden>
              {done ? <IconCheck size={16} /> : <Text size="sm" fw={700}>{index + 1}</Text>}
            </ThemeIcon>
            <Text fw={current ? 700 : 400} c={current ? undefined : 'dimmed'}>{name}</Text>
            {done && <VisuallyHidden>{completedLabel}</VisuallyHidden>}
          </Group>
        );
      })}
    </Group>
  );
}
