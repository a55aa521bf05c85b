import type { DashboardFilters } from '@pilotis/shared';
import { Button, Collapse } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardFiltersBar } from '../dashboards/DashboardFiltersBar';
import { activeFilterCount } from '../dashboards/dashboard-filters';

/** The dashboard filters, folded away on the home page unless the URL already carries some. */
export function HomeFilters({ filters, onChange }: { filters: DashboardFilters; onChange: (filters: DashboardFilters) => void }) {
  const { t } = useTranslation();
  const count = activeFilterCount(filters);
  const [opened, setOpened] = useState(count > 0);
  return (
    <div>
      <Button
        variant="default"
        leftSection={<IconFilter size={18} aria-hidden />}
        aria-expanded={opened}
        aria-controls="home-filters"
        onClick={() => setOpened((value) => !value)}
        mb={opened ? 'sm' : 0}
      >
        {t('homeDashboard.filters', { count })}
      </Button>
      <Collapse expanded={opened} id="home-filters">
        <DashboardFiltersBar filters={filters} onChange={onChange} />
      </Collapse>
    </div>
  );
}
