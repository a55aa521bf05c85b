import type { OrgUnit } from '@pilotis/shared';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { orderedUnits } from '../org-units/org-unit-options';

interface UnitsMultiSelectProps extends Omit<MultiSelectProps, 'data'> {
  units: OrgUnit[];
}

/** Active units in tree order (indented in the list), plus inactive ones the person is still attached to. */
export function UnitsMultiSelect({ units, value, ...props }: UnitsMultiSelectProps) {
  const { t } = useTranslation();
  const selected = new Set(value ?? []);
  const rows = orderedUnits(units).filter(({ item }) => item.active || selected.has(item.id));
  const depthOf = new Map(rows.map(({ item, depth }) => [item.id, depth]));
  const data = rows.map(({ item }) => ({
    value: item.id,
    label: item.active ? item.name : `${item.name} ${t('orgUnits.inactiveSuffix')}`,
  }));
  return (
    <MultiSelect
      label={t('users.units')}
      data={data}
      value={value}
      searchable
      hidePickedOptions={false}
      renderOption={({ option }) => <span style={{ paddingInlineStart: `${(depthOf.get(option.value) ?? 0) * 1}rem` }}>{option.label}</span>}
      {...props}
    />
  );
}
