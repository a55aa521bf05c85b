import { Box, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { loadECharts, type ChartInstance, type ChartLoader } from './echarts-loader';

interface EChartProps {
  option: object;
  /** The chart in words, always shown under it: screen readers read this, not the drawing. */
  summary: string;
  height: number;
  testId: string;
  /** A click on a bar (mouse or touch); keyboard users have the same link in the table or list beside. */
  onItemClick?: (dataIndex: number, seriesIndex: number) => void;
  /** Where ECharts comes from: the dashboards' parts by default; a chart of another kind brings a loader with its series (a module-level constant). */
  load?: ChartLoader;
}

/** A figure with an ECharts drawing (hidden from assistive technologies) and its text summary. */
export function EChart({ option, summary, height, testId, onItemClick, load = loadECharts }: EChartProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const optionKey = JSON.stringify(option);

  useEffect(() => {
    let disposed = false;
    const onResize = () => chart.current?.resize();
    load()
      .then(({ init }) => {
        if (disposed || !container.current) return;
        const instance = init(container.current);
        instance.on('click', (params) => click.current?.(params.dataIndex, params.seriesIndex ?? 0));
        chart.current = instance;
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Functions (formatters) do not survive JSON: the key says when what is drawn changed.
  useEffect(() => {
    if (state === 'ready') chart.current?.setOption(option, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, optionKey]);

  return (
    <Box component="figure" m={0}>
      {state === 'failed' && <ErrorAlert message={t('dashboards.chartFailed')} />}
      {/* The loader sits over the chart's reserved space: nothing below moves when the chart appears. */}
      <Box pos="relative">
        {state === 'loading' && (
          <Box pos="absolute" inset={0}>
            <LoadingState />
          </Box>
        )}
        <div ref={container} aria-hidden="true" style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined }} data-testid={testId} />
      </Box>
      <Text component="figcaption" size="sm" mt="xs">
        {summary}
      </Text>
    </Box>
  );
}
