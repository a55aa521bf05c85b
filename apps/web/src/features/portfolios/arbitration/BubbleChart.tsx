import { Box, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import type { ChartInstance } from '../../dashboards/charts/echarts-loader';
import { loadBubbleECharts } from './bubble-loader';

/**
 * The arbitration's bubble chart: a drawing hidden from assistive technologies, with its summary
 * under it; the table beside holds the same figures for keyboard and screen-reader users.
 */
export function BubbleChart({ option, summary, height }: { option: object; summary: string; height: number }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const optionKey = JSON.stringify(option);

  useEffect(() => {
    let disposed = false;
    const onResize = () => chart.current?.resize();
    loadBubbleECharts()
      .then(({ init }) => {
        if (disposed || !container.current) return;
        chart.current = init(container.current);
        window.addEventListener('resize', onResize);
        setState('ready');
      })
      .catch(() => !disposed && setState('failed'));
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (state === 'ready') chart.current?.setOption(option, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, optionKey]);

  return (
    <Box component="figure" m={0}>
      {state === 'failed' && <ErrorAlert message={t('dashboards.chartFailed')} />}
      <Box pos="relative">
        {state === 'loading' && (
          <Box pos="absolute" inset={0}>
            <LoadingState />
          </Box>
        )}
        <div ref={container} aria-hidden="true" style={{ width: '100%', height }} data-testid="arbitration-bubbles" />
      </Box>
      <Text component="figcaption" size="sm" mt="xs">{summary}</Text>
    </Box>
  );
}
