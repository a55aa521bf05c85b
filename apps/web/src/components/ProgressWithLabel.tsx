import { Group, Progress, Text } from '@mantine/core';
import { useFormatters } from '../lib/use-formatters';

interface ProgressWithLabelProps {
  value: number | null | undefined;
  /** What the bar measures, for assistive technologies (e.g. "Avancement de l'axe 1"). */
  label: string;
  w?: number | string;
}

/** A bar with its percentage written beside it: the number, not the bar, carries the meaning. */
export function ProgressWithLabel({ value, label, w = 160 }: ProgressWithLabelProps) {
  const format = useFormatters();
  return (
    <Group gap="xs" wrap="nowrap" w={w}>
      <Progress value={value ?? 0} aria-label={label} style={{ flex: 1 }} size="md" color="blue.8" />
      <Text size="sm" fw={600} miw="3.5rem" ta="right">
        {format.percent(value)}
      </Text>
    </Group>
  );
}
