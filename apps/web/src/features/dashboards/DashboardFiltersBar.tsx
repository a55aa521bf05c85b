import { frenchCollator, type DashboardFilters } from '@pilotis/shared';
import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatuses } from '../actions/use-statuses';
import { orderedUnits } from '../org-units/org-unit-options';
import { useOrgUnits } from '../org-units/use-org-units';
import { useUsers } from '../users/use-users';
import { activeFilterCount } from './dashboard-filters';

interface DashboardFiltersBarProps {
  filters: DashboardFilters;
  onChange: (filters: DashboardFilters) => void;
  /** The directorate page picks its unit elsewhere: no unit filter there. */
  withOrgUnit?: boolean;
}

/** The same five filters on every dashboard; each change rewrites the URL (bookmarkable). */
export function DashboardFiltersBar({ filters, onChange, withOrgUnit = true }: DashboardFiltersBarProps) {
  const { t } = useTranslation();
  const statuses = useStatuses().data ?? [];
  const users = useUsers().data;
  // Thousands of people in a région: sort once with one collator, not on every render.
  const pilotOptions = useMemo(
    () => [...(users ?? [])].sort((a, b) => frenchCollator.compare(a.name, b.name)).map((u) => ({ value: u.id, label: u.name })),
    [users],
  );
  const units = useOrgUnits().data ?? [];
  const [tag, setTag] = useState(filters.tag ?? '');
  const set = (patch: Partial<DashboardFilters>) => onChange({ ...filters, ...patch });
  const setTagLater = useDebouncedCallback((value: string) => set({ tag: value.trim() || undefined }), 400);
  const all = (label: string) => [{ value: '', label }];
  const count = activeFilterCount(filters);

  return (
    <section aria-label={t('dashboards.filters.label')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: withOrgUnit ? 3 : 2, xl: withOrgUnit ? 6 : 5 }} mb="lg" spacing="sm" verticalSpacing="xs">
        {withOrgUnit && (
          <NativeSelect
            label={t('dashboards.filters.orgUnit')}
            value={filters.orgUnitId ?? ''}
            data={[...all(t('dashboards.filters.allUnits')), ...orderedUnits(units).map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }))]}
            onChange={(event) => set({ orgUnitId: event.currentTarget.value || undefined })}
          />
        )}
        <NativeSelect
          label={t('dashboards.filters.pilot')}
          value={filters.pilotId ?? ''}
          data={[...all(t('dashboards.filters.allPilots')), ...pilotOptions]}
          onChange={(event) => set({ pilotId: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('dashboards.filters.status')}
          value={filters.statusId ?? ''}
          data={[...all(t('dashboards.filters.allStatuses')), ...statuses.map((s) => ({ value: s.id, label: s.label }))]}
          onChange={(event) => set({ statusId: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('dashboards.filters.flagship')}
          value={filters.flagship ?? ''}
          data={[
            ...all(t('dashboards.filters.allActions')),
            { value: 'true', label: t('dashboards.filters.flagshipOnly') },
            { value: 'false', label: t('dashboards.filters.notFlagship') },
          ]}
          onChange={(event) => set({ flagship: (event.currentTarget.value || undefined) as DashboardFilters['flagship'] })}
        />
        <TextInput
          label={t('dashboards.filters.tag')}
          value={tag}
          onChange={(event) => {
            setTag(event.currentTarget.value);
            setTagLater(event.currentTarget.value);
          }}
        />
        <Group align="flex-end">
          <Button
            variant="default"
            leftSection={<IconFilterOff size={18} aria-hidden />}
            disabled={count === 0}
            onClick={() => {
              setTag('');
              onChange({});
            }}
          >
            {t('dashboards.filters.clear', { count })}
          </Button>
        </Group>
      </SimpleGrid>
    </section>
  );
}
