import { Group, Paper, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface FicheSectionProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** One section of the fiche action, named by its h2 (a landmark for screen-reader users). */
export function FicheSection({ title, actions, children }: FicheSectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={headingId}>{title}</Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
