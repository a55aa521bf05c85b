import type { MeDashboard } from '@pilotis/shared';
import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Three figures at a glance, each a link down to its section (the words say what the number counts). */
export function DashboardCounts({ dashboard }: { dashboard: MeDashboard }) {
  const { t } = useTranslation();
  const figures = [
    { href: '#mes-actions', value: dashboard.needsUpdateCount, label: t('homeDashboard.counts.toUpdate', { count: dashboard.needsUpdateCount }) },
    { href: '#jalons', value: dashboard.upcomingMilestones.total, label: t('homeDashboard.counts.milestones', { count: dashboard.upcomingMilestones.total }) },
    { href: '#indicateurs', value: dashboard.indicatorsToFill.length, label: t('homeDashboard.counts.indicators', { count: dashboard.indicatorsToFill.length }) },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      {figures.map((figure) => (
        <Paper key={figure.href} withBorder p="md" radius="md">
          <Anchor href={figure.href} underline="hover" c="inherit" display="block">
            <Text component="span" display="block" fz={32} fw={700} c="blue.9" lh={1.1}>{figure.value}</Text>
            <Text component="span" display="block">{figure.label}</Text>
          </Anchor>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
