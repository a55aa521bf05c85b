import { Card, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';

interface KeyFigureProps {
  label: string;
  value: string;
  /** A sentence under the number (e.g. « dont 3 en retard »). */
  detail?: ReactNode;
  /** Where the figure drills down to. */
  to?: To;
  tone?: 'alert';
}

/** One headline number; when it drills down the whole card is the link and its name says where. */
export function KeyFigure({ label, value, detail, to, tone }: KeyFigureProps) {
  const body = (
    <>
      <Text size="sm" c="dimmed" fw={600}>{label}</Text>
      <Text fz={30} fw={700} lh={1.15} c={tone === 'alert' ? 'red.9' : undefined}>{value}</Text>
      {detail && <Text size="sm">{detail}</Text>}
    </>
  );
  return (
    <Card withBorder padding="md" radius="md" h="100%">
      {to ? (
        <UnstyledButton component={Link} to={to} style={{ display: 'block' }}>
          {body}
        </UnstyledButton>
      ) : (
        body
      )}
    </Card>
  );
}
