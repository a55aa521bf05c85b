import type { PlanDashboard } from '@pilotis/shared';
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { linkWith } from '../drill';

/** Where the dashboard is focused: the plan, then each node down to the focused one (the current page). */
export function FocusBreadcrumb({ dashboard }: { dashboard: PlanDashboard }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const path = dashboard.focus.path;
  if (path.length === 0) return null;
  return (
    <nav aria-label={t('dashboards.plan.breadcrumb')}>
      <Breadcrumbs separator="›" mb="md" style={{ flexWrap: 'wrap' }}>
        <Anchor component={Link} to={linkWith(search, { nodeId: null })}>
          {t('dashboards.plan.wholePlan')}
        </Anchor>
        {path.map((node, index) =>
          index === path.length - 1 ? (
            <Text key={node.id} aria-current="page" fw={600}>{`${node.code} ${node.title}`}</Text>
          ) : (
            <Anchor key={node.id} component={Link} to={linkWith(search, { nodeId: node.id })}>
              {`${node.code} ${node.title}`}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
