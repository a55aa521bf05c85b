import type { DashboardRollup } from '@pilotis/shared';
import { statusCategories, weathers } from '@pilotis/shared';
import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, type To } from 'react-router';
import { categoryColors, weatherColors } from './charts/chart-theme';
import { buildCountsOption } from './charts/counts-chart';
import { EChart } from './charts/EChart';
import { useDashboardFormat } from './use-dashboard-format';

interface StatusMixProps {
  rollup: DashboardRollup;
  /** Where a count drills down to (the list of those actions); none on pages without a list. */
  linkTo?: (drill: { category?: string; weather?: string }) => To;
}

/**
 * Actions by status category and by météo: two bar charts (colour + pattern + number on each
 * bar), a sentence for each, and the counts as links to the actions they count.
 */
export function StatusMix({ rollup, linkTo }: StatusMixProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const navigate = useNavigate();
  const categories = statusCategories.map((category) => ({
    key: category,
    label: t(`statuses.categories.${category}`),
    value: rollup.byCategory[category],
    color: categoryColors[category],
  }));
  const weatherBars = [...weathers, 'none' as const].map((weather) => ({
    key: weather,
    label: weather === 'none' ? t('dashboards.mix.noWeather') : t(`actions.weathers.${weather}`),
    value: rollup.byWeather[weather],
    color: weatherColors[weather],
  }));
  const sentence = (bars: { label: string; value: number }[]) => bars.map((bar) => `${bar.label} : ${format.integer(bar.value)}`).join(' ; ');

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">{t('dashboards.mix.byCategory')}</Title>
        <EChart
          option={buildCountsOption(categories, format.integer)}
          summary={t('dashboards.mix.categorySummary', { count: rollup.actionCount, detail: sentence(categories) })}
          height={220}
          testId="category-chart"
          onItemClick={linkTo && ((index) => categories[index] && navigate(linkTo({ category: categories[index].key })))}
        />
        {linkTo && <CountLinks label={t('dashboards.mix.categoryLinks')} bars={categories.map((bar) => ({ ...bar, to: linkTo({ category: bar.key }) }))} />}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">{t('dashboards.mix.byWeather')}</Title>
        <EChart
          option={buildCountsOption(weatherBars, format.integer)}
          summary={t('dashboards.mix.weatherSummary', { detail: sentence(weatherBars) })}
          height={220}
          testId="weather-chart"
          onItemClick={linkTo && ((index) => weatherBars[index] && weatherBars[index].key !== 'none' && navigate(linkTo({ weather: weatherBars[index].key })))}
        />
        {linkTo && (
          <CountLinks
            label={t('dashboards.mix.weatherLinks')}
            bars={weatherBars.map((bar) => ({ ...bar, to: bar.key === 'none' ? undefined : linkTo({ weather: bar.key }) }))}
          />
        )}
      </Stack>
    </SimpleGrid>
  );
}

/** The same counts as links, for keyboard and screen-reader users (the chart is a picture). */
function CountLinks({ label, bars }: { label: string; bars: { key: string; label: string; value: number; to?: To }[] }) {
  const format = useDashboardFormat();
  return (
    <Group component="ul" gap="md" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {bars.map((bar) => (
        <li key={bar.key}>
          {bar.to && bar.value > 0 ? (
            <Anchor component={Link} to={bar.to} size="sm">{`${bar.label} : ${format.integer(bar.value)}`}</Anchor>
          ) : (
            <Text span size="sm">{`${bar.label} : ${format.integer(bar.value)}`}</Text>
          )}
        </li>
      ))}
    </Group>
  );
}
