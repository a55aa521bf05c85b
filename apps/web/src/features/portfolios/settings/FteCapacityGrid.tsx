import { Button, Group, NativeSelect, NumberInput, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderedUnits } from '../../org-units/org-unit-options';
import { useOrgUnits } from '../../org-units/use-org-units';
import { useFteInputProps } from '../money-input';

interface FteCapacityGridProps {
  years: number[];
  unitIds: string[];
  values: Record<string, number | ''>;
  onChange: (unitIds: string[], values: Record<string, number | ''>) => void;
  errors: Record<string, string>;
  title: string;
  /** Where the server's issues for this grid live (`budgetCapacities`, `costs`…). */
  errorPath: string;
}

/** FTE available per service and year: one row per service the manager adds. */
export function FteCapacityGrid({ years, unitIds, values, onChange, errors, title, errorPath }: FteCapacityGridProps) {
  const { t } = useTranslation();
  const units = useOrgUnits().data ?? [];
  const [adding, setAdding] = useState('');
  const fteInputProps = useFteInputProps();
  const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? t('portfolios.settings.unknownUnit');
  const candidates = orderedUnits(units).filter(({ item }) => item.active && !unitIds.includes(item.id));
  const error = Object.entries(errors).find(([path]) => path.startsWith(errorPath))?.[1];

  return (
    <div>
      <Title order={3} size="h5" mb="xs">{title}</Title>
      {unitIds.length === 0 ? <Text size="sm" c="dimmed">{t('portfolios.settings.noFteUnit')}</Text> : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('portfolios.arbitration.unit')}</Table.Th>
                {years.map((year) => <Table.Th key={year} scope="col">{year}</Table.Th>)}
                <Table.Th scope="col"><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {unitIds.map((unitId) => (
                <Table.Tr key={unitId}>
                  <Table.Th scope="row">{nameOf(unitId)}</Table.Th>
                  {years.map((year) => (
                    <Table.Td key={year}>
                      <NumberInput
                        aria-label={t('portfolios.settings.fteCell', { year, unit: nameOf(unitId) })}
                        {...fteInputProps}
                        value={values[`${year}:${unitId}`] ?? ''}
                        onChange={(v) => onChange(unitIds, { ...values, [`${year}:${unitId}`]: v === '' ? '' : Number(v) })}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" color="red.9" aria-label={t('portfolios.settings.removeUnit', { unit: nameOf(unitId) })}
                      onClick={() => onChange(unitIds.filter((id) => id !== unitId), values)}>
                      {t('linked.removeShort')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group align="flex-end" gap="xs" mt="xs">
        <NativeSelect
          label={t('portfolios.settings.addUnit')}
          value={adding}
          onChange={(e) => setAdding(e.currentTarget.value)}
          data={[{ value: '', label: t('portfolios.settings.chooseUnit') }, ...candidates.map(({ item, depth }) => ({ value: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${item.name}` }))]}
        />
        <Button variant="light" disabled={!adding} onClick={() => { onChange([...unitIds, adding], values); setAdding(''); }}>
          {t('portfolios.settings.addUnitButton')}
        </Button>
      </Group>
      {error && <Text size="sm" c="red.9" role="alert">{error}</Text>}
    </div>
  );
}
