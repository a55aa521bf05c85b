import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const steps = ['stepFile', 'stepPreview', 'stepDone'] as const;

/** The wizard's three steps as an ordered list; the current one carries aria-current="step". */
export function ImportSteps({ active }: { active: number }) {
  const { t } = useTranslation();
  return (
    <Group component="ol" gap="lg" p={0} m={0} mb="lg" style={{ listStyle: 'none' }} aria-label={t('integrations.import.steps')}>
      {steps.map((key, index) => {
        const done = index < active;
        const current = index === active;
        return (
          <Group component="li" key={key} gap={6} aria-current={current ? 'step' : undefined}>
            <ThemeIcon size={26} radius="xl" variant={current || done ? 'filled' : 'outline'} color={current || done ? 'blue.8' : 'gray.7'} aria-hidden>
              {done ? <IconCheck size={16} /> : <Text size="sm" fw={700}>{index + 1}</Text>}
            </ThemeIcon>
            <Text fw={current ? 700 : 400} c={current ? undefined : 'dimmed'}>{t(`integrations.import.${key}`)}</Text>
            {done && <VisuallyHidden>{t('integrations.import.stepCompleted')}</VisuallyHidden>}
          </Group>
        );
      })}
    </Group>
  );
}
