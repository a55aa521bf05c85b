import { measureStatuses, periodicities } from '@pilotis/shared';
import { Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderedUnits } from '../org-units/org-unit-options';
import { useOrgUnits } from '../org-units/use-org-units';
import { usePlans } from '../plans/use-plans';
import type { IndicatorFilters } from './indicator-filters';

interface IndicatorFiltersBarProps {
  filters: IndicatorFilters;
  onChange: (filters: IndicatorFilters) => void;
}

/** Filters of the library; the search box applies after a short pause. */
export function IndicatorFiltersBar({ filters, onChange }: IndicatorFiltersBarProps) {
  const { t } = useTranslation();
  const units = useOrgUnits().data ?? [];
  const plans = usePlans().data ?? [];
  const [q, setQ] = useState(filters.q ?? '');
  const set = (patch: Partial<IndicatorFilters>) => onChange({ ...filters, ...patch });
  const setDebounced = useDebouncedCallback(set, 350);
  const all = (label: string) => [{ value: '', label }];

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} mb="sm" spacing="sm" verticalSpacing="xs">
      <TextInput
        type="search"
        label={t('indicators.filters.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          setDebounced({ q: event.currentTarget.value.trim() || undefined });
        }}
      />
      <NativeSelect
        label={t('indicators.filters.unit')}
        value={filters.orgUnitId ?? ''}
        data={[...all(t('indicators.filters.allUnits')), ...orderedUnits(units).map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }))]}
        onChange={(event) => set({ orgUnitId: event.currentTarget.value || undefined })}
      />
      <NativeSelect
        label={t('indicators.filters.plan')}
        value={filters.planId ?? ''}
        data={[...all(t('indicators.filters.allPlans')), ...plans.map((plan) => ({ value: plan.id, label: plan.name }))]}
        onChange={(event) => set({ planId: event.currentTarget.value || undefined })}
      />
      <NativeSelect
        label={t('indicators.filters.status')}
        value={filters.status ?? ''}
        data={[...all(t('indicators.filters.allStatuses')), ...measureStatuses.map((s) => ({ value: s, label: t(`indicators.statuses.${s}`) }))]}
        onChange={(event) => set({ status: (event.currentTarget.value || undefined) as IndicatorFilters['status'] })}
      />
      <NativeSelect
        label={t('indicators.filters.periodicity')}
        value={filters.periodicity ?? ''}
        data={[...all(t('indicators.filters.allPeriodicities')), ...periodicities.map((p) => ({ value: p, label: t(`indicators.periodicities.${p}`) }))]}
        onChange={(event) => set({ periodicity: (event.currentTarget.value || undefined) as IndicatorFilters['periodicity'] })}
      />
      <Group align="flex-end" pb={6}>
        <Checkbox
          label={t('indicators.filters.due')}
          checked={filters.due === 'true'}
          onChange={(event) => set({ due: event.currentTarget.checked ? 'true' : undefined })}
        />
      </Group>
    </SimpleGrid>
  );
}
