import { Badge } from '@mantine/core';
import { statusColors } from '../app/theme';

interface StatusBadgeProps {
  tone: keyof typeof statusColors;
  children: string;
}

/** Filled badge with white text on a dark color: readable (≥ 6:1) and not conveyed by color alone. */
export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <Badge color={statusColors[tone]} variant="filled" radius="sm" tt="none" fw={600} maw="none" styles={{ label: { overflow: 'visible' } }}>
      {children}
    </Badge>
  );
}
