import type { Weather } from '@pilotis/shared';
import { Group, Text } from '@mantine/core';
import { IconCloud, IconCloudStorm, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const weatherIcons = { sunny: IconSun, cloudy: IconCloud, stormy: IconCloudStorm } as const;
export const weatherColors = { sunny: '#8a4b00', cloudy: '#495057', stormy: '#a51d2d' } as const;

/** Météo as an icon AND a word: the icon is decoration, the text carries the meaning. */
export function WeatherLabel({ weather }: { weather: Weather | null }) {
  const { t } = useTranslation();
  if (!weather) return <Text size="sm" c="dimmed">{t('common.empty')}</Text>;
  const Icon = weatherIcons[weather];
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={18} color={weatherColors[weather]} aria-hidden />
      <Text size="sm">{t(`actions.weathers.${weather}`)}</Text>
    </Group>
  );
}
