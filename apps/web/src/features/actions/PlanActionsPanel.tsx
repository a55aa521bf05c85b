import { Group, Pagination, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { emptyFilters, PAGE_SIZE, type ActionFilters } from './action-filters';
import { ActionFiltersBar } from './ActionFiltersBar';
import { ActionsTable } from './ActionsTable';
import { usePlanActions } from './use-actions';

interface PlanActionsPanelProps {
  planId: string;
  /** The selected node (its whole subtree), or null for the whole plan. */
  nodeId: string | null;
  /** Heading text, e.g. « Actions — 1.2 Mobilités ». */
  heading: string;
  headerActions?: React.ReactNode;
}

export function PlanActionsPanel({ planId, nodeId, heading, headerActions }: PlanActionsPanelProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ActionFilters>(emptyFilters);
  const actions = usePlanActions(planId, nodeId, filters);
  const total = actions.data?.page.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (actions.data?.page.pageSize ?? PAGE_SIZE)));

  return (
    <section aria-labelledby="plan-actions-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="plan-actions-heading">{heading}</Title>
        {headerActions}
      </Group>
      <ActionFiltersBar filters={filters} onChange={setFilters} />
      {actions.isPending && <LoadingState />}
      <ErrorAlert error={actions.error} />
      {actions.data && (
        <>
          <Text size="sm" role="status" mb="xs">{t('actions.total', { count: total })}</Text>
          <ActionsTable
            actions={actions.data.data}
            caption={heading}
            sort={filters.sort}
            onSort={(sort) => setFilters({ ...filters, sort, page: 1 })}
          />
          {pages > 1 && (
            <Pagination
              mt="md"
              total={pages}
              value={filters.page}
              onChange={(page) => setFilters({ ...filters, page })}
              getControlProps={(control) => ({ 'aria-label': t(`actions.pagination.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('actions.pagination.page', { page }), 'aria-current': page === filters.page ? 'page' : undefined })}
            />
          )}
        </>
      )}
    </section>
  );
}
