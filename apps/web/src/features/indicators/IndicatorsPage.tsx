import { Button, Modal, Text } from '@mantine/core';
import { IconPlus, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { indicatorPath, paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/use-me';
import { filtersFromSearch, searchFromFilters } from './indicator-filters';
import { IndicatorFiltersBar } from './IndicatorFiltersBar';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorsTable } from './IndicatorsTable';
import { useIndicators } from './use-indicators';

/** « Indicateurs »: the library, filters in the URL; « Nouvel indicateur » for admins and unit members. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const list = useIndicators(filters);
  const [creating, setCreating] = useState(false);
  // The server says who may create when it can; otherwise: admins, and members of a unit (for their units).
  const canCreate = list.data?.can?.create ?? (me.roles.includes('admin') || me.orgUnitIds.length > 0);
  const count = list.data?.data.length ?? 0;

  return (
    <>
      <PageHeader
        title={t('indicators.title')}
        description={t('indicators.intro')}
        actions={
          <>
            <Button component={Link} to={paths.indicatorEntry} variant="default" leftSection={<IconTable size={18} aria-hidden />}>
              {t('indicators.entry.open')}
            </Button>
            {canCreate && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                {t('indicators.new')}
              </Button>
            )}
          </>
        }
      />
      <IndicatorFiltersBar filters={filters} onChange={(next) => setSearch(searchFromFilters(next), { replace: true })} />
      {list.isPending && <LoadingState />}
      <ErrorAlert error={list.error} />
      {list.data && (
        <>
          <Text size="sm" role="status" mb="xs">{t('indicators.total', { count })}</Text>
          <IndicatorsTable indicators={list.data.data} caption={t('indicators.caption')} />
        </>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('indicators.new')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <IndicatorForm
          onCancel={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(indicatorPath(id));
          }}
        />
      </Modal>
    </>
  );
}
