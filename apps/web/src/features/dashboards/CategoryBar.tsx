import type { DashboardRollup } from '@pilotis/shared';
import { statusCategories } from '@pilotis/shared';
import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryColors } from './charts/chart-theme';
import { useDashboardFormat } from './use-dashboard-format';

/** Status mix as one stacked bar (a picture) and its sentence (the meaning): « Terminé : 12 · En cours : 30… ». */
export function CategoryBar({ byCategory, total }: { byCategory: DashboardRollup['byCategory']; total: number }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const counted = statusCategories.filter((category) => byCategory[category] > 0);
  return (
    <div>
      <Progress.Root size="lg" aria-hidden="true">
        {counted.map((category, index) => (
          <Progress.Section
            key={category}
            value={total > 0 ? (byCategory[category] * 100) / total : 0}
            color={categoryColors[category]}
            striped={index % 2 === 1}
          />
        ))}
      </Progress.Root>
      <Text size="sm" mt={4}>
        {counted.length === 0
          ? t('dashboards.mix.none')
          : counted.map((category) => `${t(`statuses.categories.${category}`)} : ${format.integer(byCategory[category])}`).join(' · ')}
      </Text>
    </div>
  );
}
