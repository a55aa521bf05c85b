import { ActionIcon, Button, Group, NativeSelect, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { IconArrowsHorizontal, IconPrinter, IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react';
import { colourModes, type ColourMode, type PaperFormat } from './map-model';
import type { MapView } from './use-strategy-map';
import type { MapLabels } from './use-map-labels';

interface ToolbarProps {
  view: MapView;
  depth: number;
  levels: number;
  levelNames: string[];
  onView: (patch: Partial<Omit<MapView, 'filters'>>) => void;
  zoom: { value: number; zoomIn: () => void; zoomOut: () => void; reset: () => void; fit: () => void };
  onPrint: () => void;
  labels: MapLabels;
}

/** Colouring, levels, indicators, zoom and print: every choice but zoom is kept in the URL. */
export function MapToolbar({ view, depth, levels, levelNames, onView, zoom, onPrint, labels }: ToolbarProps) {
  const { t, format } = labels;
  const levelName = (index: number) => levelNames[Math.min(index, levelNames.length - 1)] ?? String(index + 1);
  return (
    <Stack gap="sm" mb="sm" component="section" aria-label={t('strategyMap.view')}>
      <Group gap="lg" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="strategy-map-colour">
            {t('strategyMap.colourBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="strategy-map-colour"
            value={view.colour}
            onChange={(value) => onView({ colour: value as ColourMode })}
            data={colourModes.map((mode) => ({ value: mode, label: t(`strategyMap.colours.${mode}`) }))}
          />
        </Stack>
        <NativeSelect
          label={t('strategyMap.depth')}
          value={String(depth)}
          onChange={(event) => onView({ depth: Number(event.currentTarget.value) })}
          data={Array.from({ length: levels }, (_, index) => ({ value: String(index + 1), label: t('strategyMap.depthOption', { count: index + 1, level: levelName(index) }) }))}
        />
        <Switch label={t('strategyMap.indicators')} checked={view.indicators} onChange={(event) => onView({ indicators: event.currentTarget.checked })} mb={8} />
      </Group>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500} aria-live="polite" miw="7rem">
          {t('strategyMap.zoomLevel', { value: format.percent(Math.round(zoom.value * 100)) })}
        </Text>
        <ActionIcon variant="default" size="lg" onClick={zoom.zoomOut} aria-label={t('strategyMap.zoomOut')} title={t('strategyMap.zoomOut')}>
          <IconZoomOut size={18} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="default" size="lg" onClick={zoom.zoomIn} aria-label={t('strategyMap.zoomIn')} title={t('strategyMap.zoomIn')}>
          <IconZoomIn size={18} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="default" size="lg" onClick={zoom.reset} aria-label={t('strategyMap.zoomReset')} title={t('strategyMap.zoomReset')}>
          <IconZoomReset size={18} aria-hidden />
        </ActionIcon>
        <Button variant="default" leftSection={<IconArrowsHorizontal size={18} aria-hidden />} onClick={zoom.fit}>
          {t('strategyMap.fit')}
        </Button>
        <NativeSelect
          aria-label={t('strategyMap.paper')}
          value={view.paper}
          onChange={(event) => onView({ paper: event.currentTarget.value as PaperFormat })}
          data={(['a3', 'a4'] as const).map((paper) => ({ value: paper, label: t(`strategyMap.papers.${paper}`) }))}
        />
        <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={onPrint}>
          {t('strategyMap.print')}
        </Button>
      </Group>
    </Stack>
  );
}
