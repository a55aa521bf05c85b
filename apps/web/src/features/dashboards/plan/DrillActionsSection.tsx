import type { ActionSummary, DashboardFilters } from '@pilotis/shared';
import { Anchor, Group, Pagination, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { planPath } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { apiGet } from '../../../lib/api';
import { ActionsTable } from '../../actions/ActionsTable';
import { queryOf } from '../dashboard-filters';
import { linkWith, type Drill } from '../drill';
import { Section } from '../Section';

const PAGE_SIZE = 25;

interface DrillActionsSectionProps {
  planId: string;
  nodeId: string | null;
  /** « 1.2 Mobilités » or the plan's name. */
  scopeName: string;
  filters: DashboardFilters;
  drill: Drill;
}

/**
 * The bottom of every drill-down: the actions the figures above count (same node, same
 * filters), narrowed to a category, a météo or the late ones when a figure was clicked.
 */
export function DrillActionsSection({ planId, nodeId, scopeName, filters, drill }: DrillActionsSectionProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const [page, setPage] = useState(1);
  const query = queryOf({
    nodeId,
    orgUnitId: filters.orgUnitId,
    pilotId: filters.pilotId,
    status: filters.statusId,
    flagship: filters.flagship === 'true' ? 'true' : undefined,
    tag: filters.tag,
    category: drill.category,
    weather: drill.weather,
    late: drill.late ? 'true' : undefined,
    page: String(page),
    pageSize: String(PAGE_SIZE),
  });
  const actions = useQuery({
    queryKey: ['actions', 'plan', planId, 'dashboard', query],
    queryFn: () => apiGet<{ data: ActionSummary[]; page: { total: number } }>(`/api/plans/${planId}/actions${query}`),
    placeholderData: keepPreviousData,
  });
  const narrowing = [
    drill.category && t(`statuses.categories.${drill.category}`),
    drill.weather && t(`actions.weathers.${drill.weather}`),
    drill.late && t('dashboards.drill.late'),
    filters.flagship === 'true' && t('dashboards.drill.flagship'),
  ].filter(Boolean);
  const drillKey = JSON.stringify([nodeId, drill, filters]);

  useEffect(() => setPage(1), [drillKey]);

  const total = actions.data?.page.total ?? 0;
  const title = narrowing.length ? t('dashboards.drill.titleNarrowed', { scope: scopeName, narrowing: narrowing.join(', ') }) : t('dashboards.drill.title', { scope: scopeName });
  return (
    <Section
      id="actions"
      title={title}
      actions={
        <Group gap="md">
          {(drill.category || drill.weather || drill.late) && (
            <Anchor component={Link} to={linkWith(search, {}, 'actions')} size="sm">{t('dashboards.drill.showAll')}</Anchor>
          )}
          <Anchor component={Link} to={`${planPath(planId)}${queryOf({ noeud: nodeId })}`} size="sm">{t('dashboards.drill.openPlan')}</Anchor>
        </Group>
      }
    >
      {actions.isPending && <LoadingState />}
      <ErrorAlert error={actions.error} />
      {actions.data && (
        <>
          <Text size="sm" role="status" mb="xs">{t('dashboards.drill.total', { count: total })}</Text>
          <ActionsTable actions={actions.data.data} caption={title} />
          {total > PAGE_SIZE && (
            <Pagination
              mt="md"
              total={Math.ceil(total / PAGE_SIZE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`actions.pagination.${control}`) })}
              getItemProps={(item) => ({ 'aria-label': t('actions.pagination.page', { page: item }), 'aria-current': item === page ? 'page' : undefined })}
            />
          )}
        </>
      )}
    </Section>
  );
}
