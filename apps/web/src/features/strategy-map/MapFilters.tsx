import type { DashboardFilters } from '@pilotis/shared';
import { Button } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { LoadingState } from '../../components/LoadingState';

// Its code (and the lists' requests, schemas, selects) is fetched on opening, not on the map's way.
const DashboardFiltersBar = lazy(async () => ({ default: (await import('../dashboards/DashboardFiltersBar')).DashboardFiltersBar }));

/**
 * The dashboards' filters behind a button: their code and lists (every person, every unit) are
 * fetched and drawn only when asked for, so they never delay the map; open at once when a filter is set.
 */
export function MapFilters({ filters, onChange, label }: { filters: DashboardFilters; onChange: (filters: DashboardFilters) => void; label: string }) {
  const [open, setOpen] = useState(() => Object.values(filters).some((value) => value !== undefined));
  return (
    <>
      <Button variant="default" leftSection={<IconFilter size={18} aria-hidden />} onClick={() => setOpen(!open)} aria-expanded={open} aria-controls="strategy-map-filters" mb="sm">
        {label}
      </Button>
      <div id="strategy-map-filters" hidden={!open}>
        {open && (
          <Suspense fallback={<LoadingState />}>
            <DashboardFiltersBar filters={filters} onChange={onChange} />
          </Suspense>
        )}
      </div>
    </>
  );
}
