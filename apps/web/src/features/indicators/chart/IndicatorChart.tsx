import type { Indicator, Measure } from '@pilotis/shared';
import { Box, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useIndicatorFormat } from '../indicator-format';
import { chartRows } from './chart-data';
import { buildChartOption } from './chart-options';
import { chartSummary } from './chart-summary';

interface IndicatorChartProps {
  indicator: Indicator;
  measures: Measure[];
}

/**
 * Measures against targets and thresholds. ECharts is fetched when the chart first shows; the
 * drawing is hidden from assistive technologies, which read the summary under it instead.
 */
export function IndicatorChart({ indicator, measures }: IndicatorChartProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const rows = chartRows(measures, indicator);
  const formatPeriod = (period: string) => format.period(period, indicator.periodicity);
  const formatValue = (value: number) => format.value(value, indicator);
  const option = buildChartOption(
    rows,
    {
      value: t('indicators.chart.value'),
      target: t('indicators.chart.target'),
      targetMax: t('indicators.chart.targetMax'),
      onTrackLine: t('indicators.chart.onTrackLine', { percent: indicator.thresholds.onTrack }),
      offTrackLine: t('indicators.chart.offTrackLine', { percent: indicator.thresholds.offTrack }),
      status: { on_track: t('indicators.statuses.on_track'), at_risk: t('indicators.statuses.at_risk'), off_track: t('indicators.statuses.off_track') },
    },
    { period: formatPeriod, value: formatValue, axis: (value) => new Intl.NumberFormat(format.locale).format(value) },
  );
  const optionKey = JSON.stringify([rows, format.locale, indicator.unit, indicator.decimals]);

  useEffect(() => {
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | null = null;
    const onResize = () => chart?.resize();
    import('./echarts-setup')
      .then(({ echarts }) => {
        if (disposed || !container.current) return;
        const instance = echarts.init(container.current, null, { renderer: 'svg' });
        instance.setOption(option);
        chart = instance;
        window.addEventListener('resize', onResize);
        setState('ready');
      })
      .catch(() => !disposed && setState('failed'));
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
    // The option is rebuilt on every render; redraw only when what it shows changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [optionKey]);

  return (
    <Box component="figure" m={0}>
      {state === 'loading' && <LoadingState />}
      {state === 'failed' && <ErrorAlert message={t('indicators.chart.failed')} />}
      <div ref={container} aria-hidden="true" style={{ width: '100%', height: 340 }} data-testid="indicator-chart" />
      <Text component="figcaption" size="sm" mt="xs" id="indicator-chart-summary">
        {chartSummary(rows, t, { period: formatPeriod, value: formatValue })}
      </Text>
    </Box>
  );
}
