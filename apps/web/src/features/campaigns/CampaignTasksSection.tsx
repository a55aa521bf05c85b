import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormatters } from '../../lib/use-formatters';
import { CampaignItemsList } from './CampaignItemsList';
import { useCampaignTasks } from './use-campaigns';

/**
 * Home page: « Mes mises à jour demandées », the open campaigns asking me to update fiches or
 * indicators, with links to each. Hidden when nobody asks anything of me.
 */
export function CampaignTasksSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const tasks = useCampaignTasks();
  if (tasks.error) return <ErrorAlert error={tasks.error} />;
  if (!tasks.data || tasks.data.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="home-campaign-tasks" gap="sm">
      <Title order={2} size="h3" id="home-campaign-tasks">{t('campaigns.tasks.title')}</Title>
      {tasks.data.map((task) => (
        <Card key={task.campaignId} withBorder padding="md">
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Text fw={600}>{task.title}</Text>
              <Group gap="xs">
                <Text size="sm">{t('campaigns.tasks.deadline', { date: format.date(task.deadline) })}</Text>
                {task.late && <StatusBadge tone="warning">{t('campaigns.tasks.late')}</StatusBadge>}
              </Group>
            </Group>
            {task.message && <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>{task.message}</Text>}
            <CampaignItemsList items={task.items} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
