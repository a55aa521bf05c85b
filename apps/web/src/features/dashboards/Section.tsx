import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A dashboard block: an <h2> that names the region for screen-reader navigation. */
export function Section({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={`${id}-heading`} withBorder p="md" radius="md" id={id}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id={`${id}-heading`} tabIndex={-1} style={{ outline: 'none' }}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
