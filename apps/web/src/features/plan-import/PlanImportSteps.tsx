import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const IMPORT_STEPS = ['stepFile', 'stepPreview', 'stepImport'] as const;

/** The wizard's steps as an ordered list; the current one carries aria-current="step". */
export function PlanImportSteps({ active }: { active: number }) {
  const { t } = useTranslation();
  return (
    <Group component="ol" gap="lg" p={0} m={0} mb="lg" style={{ listStyle: 'none' }} aria-label={t('planImport.steps')}>
      {IMPORT_STEPS.map((key, index) => {
        const done = index < active;
        const current = index === active;
        return (
          <Group component="li" key={key} gap={6} aria-current={current ? 'step' : undefined}>
            <ThemeIcon size={26} radius="xl" variant={current || done ? 'filled' : 'outline'} color={current || done ? 'blue.8' : 'gray.7'} aria-hidden>
              {done ? <IconCheck size={16} /> : <Text size="sm" fw={700}>{index + 1}</Text>}
            </ThemeIcon>
            <Text fw={current ? 700 : 400} c={current ? undefined : 'dimmed'}>{t(`planImport.${key}`)}</Text>
            {done && <VisuallyHidden>{t('planImport.stepCompleted')}</VisuallyHidden>}
          </Group>
        );
      })}
    </Group>
  );
}
