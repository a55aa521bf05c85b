import type { LeadershipDashboard } from '@pilotis/shared';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planDashboardPath } from '../../../app/paths';
import { ProgressWithLabel } from '../../../components/ProgressWithLabel';
import { CategoryBar } from '../CategoryBar';
import { ElapsedVsProgress } from '../ElapsedVsProgress';
import { useDashboardFormat } from '../use-dashboard-format';

type PlanEntry = LeadershipDashboard['plans'][number];

/**
 * One active plan as an élu reads it in a meeting: progress against time, late and flagship
 * counts, status mix, and each axis; every name and count opens the plan dashboard there.
 */
export function PlanCard({ entry, filterQuery }: { entry: PlanEntry; filterQuery: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const { plan, summary, axes } = entry;
  const dashboard = planDashboardPath(plan.id);
  const withParams = (extra: Record<string, string>, hash = '') => {
    const params = new URLSearchParams(filterQuery);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    const text = params.toString();
    return `${dashboard}${text ? `?${text}` : ''}${hash}`;
  };
  const period = plan.startsOn && plan.endsOn ? `${format.date(plan.startsOn)} – ${format.date(plan.endsOn)}` : null;

  return (
    <Card component="article" withBorder padding="lg" radius="md" aria-labelledby={`plan-${plan.id}`}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={`plan-${plan.id}`}>
            <Anchor component={Link} to={withParams({})} inherit>{plan.name}</Anchor>
          </Title>
          <Text size="sm" c="dimmed">{[t(`plans.kinds.${plan.kind}`), period].filter(Boolean).join(' · ')}</Text>
        </div>
        <ElapsedVsProgress progress={summary.progress} elapsed={plan.elapsedPercent} />
        <Group gap="lg">
          <Anchor component={Link} to={withParams({}, '#actions')} size="sm">{t('dashboards.leadership.actions', { count: summary.actionCount })}</Anchor>
          {summary.lateCount > 0 ? (
            <Anchor component={Link} to={withParams({ late: 'true' }, '#actions')} size="sm" c="red.9" fw={700}>
              {t('dashboards.leadership.late', { count: summary.lateCount })}
            </Anchor>
          ) : (
            <Text size="sm">{t('dashboards.leadership.late', { count: 0 })}</Text>
          )}
          <Anchor component={Link} to={withParams({ flagship: 'true' })} size="sm">{t('dashboards.leadership.flagships', { count: summary.flagshipCount })}</Anchor>
        </Group>
        <CategoryBar byCategory={summary.byCategory} total={summary.actionCount} />
        {axes.length > 0 && (
          <Stack gap={6} component="ul" aria-label={t('dashboards.leadership.axesOf', { name: plan.name })} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {axes.map((axis) => (
              <Group component="li" key={axis.nodeId} justify="space-between" wrap="nowrap" gap="sm">
                <Anchor component={Link} to={withParams({ nodeId: axis.nodeId })} size="sm" lineClamp={2} style={{ flex: 1 }}>
                  {`${axis.code} ${axis.title}`}
                </Anchor>
                {axis.lateCount > 0 && <Text size="xs" c="red.9" fw={700} style={{ whiteSpace: 'nowrap' }}>{t('dashboards.leadership.late', { count: axis.lateCount })}</Text>}
                <ProgressWithLabel value={axis.progress} label={t('dashboards.breakdown.progressOf', { name: `${axis.code} ${axis.title}` })} w={140} />
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
