import type { IndicatorTile, Periodicity } from '@pilotis/shared';
import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indicatorPath } from '../../app/paths';
import { MeasureStatusBadge, TrendLabel } from '../indicators/IndicatorBadges';
import { useIndicatorFormat } from '../indicators/indicator-format';
import { Sparkline } from './Sparkline';

/** A tile carries no periodicity: the period's own spelling says it (2026, 2026-H2, 2026-Q3, 2026-07). */
export function periodicityOf(period: string): Periodicity {
  if (/-H\d$/.test(period)) return 'half-yearly';
  if (/-Q\d$/.test(period)) return 'quarterly';
  if (/-\d{2}$/.test(period)) return 'monthly';
  return 'yearly';
}

type Tile = IndicatorTile & { duePeriod?: string };

/**
 * Key indicators as tiles an élu reads at a glance: last value and its period, target, status in
 * words with its colour and icon, trend, and the recent values as a sparkline (described in text).
 */
export function IndicatorTiles({ tiles, empty }: { tiles: Tile[]; empty: string }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  if (tiles.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {tiles.map((tile) => {
        const latest = tile.latest;
        const periodicity = periodicityOf(latest?.period ?? tile.sparkline[0]?.period ?? tile.duePeriod ?? '2026');
        const values = tile.sparkline.map((point) => point.value);
        const first = tile.sparkline[0];
        return (
          <Card component="li" key={tile.id} withBorder padding="md" radius="md">
            <Stack gap={6}>
              <Anchor component={Link} to={indicatorPath(tile.id)} fw={700} lh={1.3}>
                {`${tile.code} · ${tile.name}`}
              </Anchor>
              {latest ? (
                <>
                  <Group gap="xs" align="baseline">
                    <Text fz={26} fw={700} lh={1.1}>{format.value(latest.value, tile)}</Text>
                    <Text size="sm" c="dimmed">{format.period(latest.period, periodicity)}</Text>
                  </Group>
                  <Text size="sm">
                    {t('dashboards.indicators.target', { target: format.target(latest.target, latest.targetMax, tile) })}
                  </Text>
                  <Group gap="sm">
                    <MeasureStatusBadge status={latest.status} />
                    <TrendLabel trend={latest.trend} />
                  </Group>
                </>
              ) : (
                <Text size="sm" c="dimmed">{t('dashboards.indicators.noMeasure')}</Text>
              )}
              {tile.duePeriod && <Text size="sm" fw={600} c="red.9">{t('dashboards.indicators.due', { period: format.period(tile.duePeriod, periodicityOf(tile.duePeriod)) })}</Text>}
              <Sparkline values={values} />
              {first && values.length >= 2 && (
                <Text size="xs" c="dimmed">
                  {t('dashboards.indicators.sparkline', {
                    count: values.length,
                    from: format.period(first.period, periodicity),
                    fromValue: format.value(first.value, tile),
                    min: format.value(Math.min(...values), tile),
                    max: format.value(Math.max(...values), tile),
                  })}
                </Text>
              )}
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
