import type { MeDashboard } from '@pilotis/shared';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath } from '../../app/paths';
import { useFormatters } from '../../lib/use-formatters';

/** Milestones of my actions coming due, soonest first, each leading to its fiche. */
export function MilestonesSection({ milestones }: { milestones: MeDashboard['upcomingMilestones'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack component="section" aria-labelledby="home-milestones" gap="sm" id="jalons">
      <Title order={2} size="h3" id="home-milestones">{t('homeDashboard.milestones.title')}</Title>
      {milestones.total === 0 ? (
        <Text c="dimmed">{t('homeDashboard.milestones.none')}</Text>
      ) : (
        <>
          <Text>{t('homeDashboard.milestones.count', { count: milestones.total })}</Text>
          <List spacing="xs" listStyleType="none" p={0}>
            {milestones.items.map((milestone) => (
              <List.Item key={milestone.id}>
                <Text span fw={700}>{format.date(milestone.dueOn)}</Text>
                {' — '}
                <Text span>{milestone.title}</Text>
                {' · '}
                <Anchor component={Link} to={actionPath(milestone.action.id)}>
                  {`${milestone.action.code} ${milestone.action.title}`}
                </Anchor>
              </List.Item>
            ))}
          </List>
          {milestones.total > milestones.items.length && (
            <Text size="sm" c="dimmed">{t('homeDashboard.milestones.capped', { count: milestones.items.length, total: milestones.total })}</Text>
          )}
        </>
      )}
    </Stack>
  );
}
