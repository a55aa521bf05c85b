import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { orgUnitDashboardPath } from '../../../app/paths';
import { orderedUnits } from '../../org-units/org-unit-options';
import { useOrgUnits } from '../../org-units/use-org-units';

/** Which directorate the page shows; changing it keeps the filters in the URL. */
export function OrgUnitPicker({ value }: { value: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const units = useOrgUnits().data ?? [];
  const options = orderedUnits(units).map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }));
  return (
    <NativeSelect
      label={t('dashboards.orgUnit.picker')}
      value={value ?? ''}
      data={value ? options : [{ value: '', label: t('dashboards.orgUnit.choose') }, ...options]}
      onChange={(event) => {
        const id = event.currentTarget.value;
        if (!id) return;
        const query = search.toString();
        navigate(`${orgUnitDashboardPath(id)}${query ? `?${query}` : ''}`);
      }}
      maw={420}
      mb="md"
    />
  );
}
