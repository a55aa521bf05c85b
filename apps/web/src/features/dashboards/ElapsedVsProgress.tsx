import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';

/** Five points of margin: a plan a little behind its calendar is still « on pace ». */
const MARGIN = 5;

/**
 * Progress against the share of the plan period already gone, as two labelled bars and a
 * sentence that says which is ahead: the words carry the meaning, the bars illustrate it.
 */
export function ElapsedVsProgress({ progress, elapsed }: { progress: number | null; elapsed: number | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const verdict =
    progress === null || elapsed === null
      ? t('dashboards.pace.unknown')
      : progress >= elapsed + MARGIN
        ? t('dashboards.pace.ahead', { points: Math.round(progress - elapsed) })
        : progress <= elapsed - MARGIN
          ? t('dashboards.pace.behind', { points: Math.round(elapsed - progress) })
          : t('dashboards.pace.onPace');
  return (
    <Stack gap={6}>
      <Bar label={t('dashboards.pace.progress')} value={progress} color="blue.8" text={format.percent(progress)} />
      <Bar label={t('dashboards.pace.elapsed')} value={elapsed} color="gray.7" striped text={format.percent(elapsed)} />
      <Text size="sm" fw={600}>{verdict}</Text>
    </Stack>
  );
}

function Bar({ label, value, color, text, striped = false }: { label: string; value: number | null; color: string; text: string; striped?: boolean }) {
  return (
    <div>
      <Text size="sm" component="div" style={{ display: 'flex', justifyContent: 'space-between' }}>
        <span>{label}</span>
        <strong>{text}</strong>
      </Text>
      <Progress value={value ?? 0} color={color} striped={striped} size="lg" aria-label={`${label} : ${text}`} />
    </div>
  );
}
