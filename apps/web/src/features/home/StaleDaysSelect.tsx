import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { staleDayChoices, staleDaysFromSearch, withStaleDays, type StaleDays } from './stale-days';

/** « Sans mise à jour depuis » 15 / 30 / 60 / 90 days, read from and written to the URL (`?jours=`). */
export function useStaleDays(): [StaleDays, (days: StaleDays) => void] {
  const [search, setSearch] = useSearchParams();
  return [staleDaysFromSearch(search), (days) => setSearch(withStaleDays(search, days), { replace: true })];
}

export function StaleDaysSelect({ value, onChange }: { value: StaleDays; onChange: (days: StaleDays) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('homeDashboard.staleDays.label')}
      description={t('homeDashboard.staleDays.help')}
      value={String(value)}
      data={staleDayChoices.map((days) => ({ value: String(days), label: t('homeDashboard.staleDays.option', { count: days }) }))}
      onChange={(event) => onChange(Number(event.currentTarget.value) as StaleDays)}
      maw={320}
    />
  );
}
