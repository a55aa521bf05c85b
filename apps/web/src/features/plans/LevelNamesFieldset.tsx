import { ActionIcon, Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface LevelNamesFieldsetProps {
  values: string[];
  errors: Record<string, unknown>;
  onChange: (values: string[]) => void;
}

export const MAX_LEVELS = 8;

/** « Niveaux »: one text input per level of the plan tree (Axe, Objectif…), with add/remove. */
export function LevelNamesFieldset({ values, errors, onChange }: LevelNamesFieldsetProps) {
  const { t } = useTranslation();
  const set = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  const remove = (index: number) => onChange(values.filter((_, i) => i !== index));

  return (
    <Fieldset legend={t('plans.levels')}>
      <Stack gap="xs">
        {values.map((value, index) => (
          <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
            <TextInput
              style={{ flex: 1 }}
              label={t('plans.levelN', { n: index + 1 })}
              required
              value={value}
              error={errors[`levelNames.${index}`] as string | undefined}
              onChange={(event) => set(index, event.currentTarget.value)}
            />
            {values.length > 1 && (
              <ActionIcon variant="subtle" size="lg" mb={2} aria-label={t('plans.removeLevel', { n: index + 1 })} onClick={() => remove(index)}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {values.length < MAX_LEVELS && (
          <Group>
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...values, ''])}>
              {t('plans.addLevel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
