import { Alert, NativeSelect, Stack, Text } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/use-me';
import { orderedUnits } from '../org-units/org-unit-options';
import { useOrgUnits } from '../org-units/use-org-units';
import { EntryGridTables } from './EntryGridTable';
import { useEntryGrid } from './use-indicators';

/** « Saisie des indicateurs »: a unit's indicators × the periods due, typed in like a spreadsheet. */
export function EntryGridPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const units = orderedUnits(useOrgUnits().data ?? []);
  const [search, setSearch] = useSearchParams();
  // Default: the person's own unit (the first, in tree order); '' = every indicator they may enter.
  const ownUnit = units.find(({ item }) => me.orgUnitIds.includes(item.id))?.item.id ?? '';
  const orgUnitId = search.get('unite') ?? ownUnit;
  const grid = useEntryGrid(orgUnitId || undefined);
  const unitName = units.find(({ item }) => item.id === orgUnitId)?.item.name;

  return (
    <Stack gap="md">
      <PageHeader title={t('indicators.entry.title')} description={t('indicators.entry.intro')} />
      <NativeSelect
        label={t('indicators.entry.unit')}
        maw={420}
        value={orgUnitId}
        data={[{ value: '', label: t('indicators.entry.allMine') }, ...units.map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }))]}
        onChange={(event) => setSearch({ unite: event.currentTarget.value }, { replace: true })}
      />
      <Alert variant="light" color="gray" icon={<IconKeyboard aria-hidden />} title={t('indicators.entry.keysTitle')}>
        <Text size="sm">{t('indicators.entry.keys')}</Text>
      </Alert>
      {grid.isPending && <LoadingState />}
      <ErrorAlert error={grid.error} />
      {grid.data && <EntryGridTables grid={grid.data} caption={unitName ? t('indicators.entry.caption', { unit: unitName }) : t('indicators.entry.captionAll')} />}
    </Stack>
  );
}
