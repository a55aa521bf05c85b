import { weathers } from '@pilotis/shared';
import { Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../org-units/use-org-units';
import { orderedUnits } from '../org-units/org-unit-options';
import { useUsers } from '../users/use-users';
import type { ActionFilters } from './action-filters';
import { useStatuses } from './use-statuses';

interface ActionFiltersBarProps {
  filters: ActionFilters;
  onChange: (filters: ActionFilters) => void;
}

/** Filters of the actions table; any change goes back to page 1. Text fields apply after a short pause. */
export function ActionFiltersBar({ filters, onChange }: ActionFiltersBarProps) {
  const { t } = useTranslation();
  const statuses = useStatuses().data ?? [];
  const users = useUsers().data ?? [];
  const units = useOrgUnits().data ?? [];
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const set = (patch: Partial<ActionFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const setDebounced = useDebouncedCallback(set, 350);
  const all = (label: string) => [{ value: '', label }];

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="sm" spacing="sm" verticalSpacing="xs">
      <TextInput
        type="search"
        label={t('actions.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          setDebounced({ q: event.currentTarget.value.trim() || undefined });
        }}
      />
      <NativeSelect
        label={t('actions.filterStatus')}
        value={filters.status ?? ''}
        data={[...all(t('actions.allStatuses')), ...statuses.map((s) => ({ value: s.id, label: s.label }))]}
        onChange={(event) => set({ status: event.currentTarget.value || undefined })}
      />
      <NativeSelect
        label={t('actions.filterPilot')}
        value={filters.pilotId ?? ''}
        data={[...all(t('actions.allPilots')), ...[...users].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((u) => ({ value: u.id, label: u.name }))]}
        onChange={(event) => set({ pilotId: event.currentTarget.value || undefined })}
      />
      <NativeSelect
        label={t('actions.filterUnit')}
        value={filters.orgUnitId ?? ''}
        data={[...all(t('actions.allUnits')), ...orderedUnits(units).map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }))]}
        onChange={(event) => set({ orgUnitId: event.currentTarget.value || undefined })}
      />
      <NativeSelect
        label={t('actions.filterWeather')}
        value={filters.weather ?? ''}
        data={[...all(t('actions.allWeathers')), ...weathers.map((w) => ({ value: w, label: t(`actions.weathers.${w}`) }))]}
        onChange={(event) => set({ weather: event.currentTarget.value || undefined })}
      />
      <TextInput
        label={t('actions.filterTag')}
        value={tag}
        onChange={(event) => {
          setTag(event.currentTarget.value);
          setDebounced({ tag: event.currentTarget.value.trim() || undefined });
        }}
      />
      <Group gap="lg" align="flex-end" pb={6}>
        <Checkbox label={t('actions.late')} checked={filters.late === true} onChange={(event) => set({ late: event.currentTarget.checked || undefined })} />
        <Checkbox label={t('actions.flagship')} checked={filters.flagship === true} onChange={(event) => set({ flagship: event.currentTarget.checked || undefined })} />
      </Group>
    </SimpleGrid>
  );
}
