import type { BudgetUse, FteUse } from '@pilotis/shared';
import { Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** Over capacity: a red row, a warning icon AND the words « Dépassement de … » (never colour alone). */
function LoadState({ overload, excess }: { overload: boolean; excess: string }) {
  const { t } = useTranslation();
  const Icon = overload ? IconAlertTriangle : IconCheck;
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={16} aria-hidden color={overload ? '#a51d2d' : '#1b6e3a'} />
      <Text size="sm" fw={overload ? 700 : 400} c={overload ? 'red.9' : undefined}>
        {overload ? t('portfolios.arbitration.overload', { excess }) : t('portfolios.arbitration.withinCapacity')}
      </Text>
    </Group>
  );
}

export function CapacityTables({ budget, fte }: { budget: BudgetUse[]; fte: FteUse[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { number } = format;
  const th = (label: string, right = false) => <Table.Th scope="col" ta={right ? 'right' : undefined}>{label}</Table.Th>;

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <div>
        <Title order={3} size="h5" mb="xs">{t('portfolios.arbitration.budgetTitle')}</Title>
        {budget.length === 0 ? <Text c="dimmed" size="sm">{t('portfolios.arbitration.noBudgetCapacity')}</Text> : (
          <Table verticalSpacing={4} data-testid="budget-capacity">
              <Table.Thead>
                <Table.Tr>{th(t('portfolios.arbitration.year'))}{th(t('portfolios.arbitration.nature'))}{th(t('portfolios.arbitration.capacity'), true)}{th(t('portfolios.arbitration.used'), true)}{th(t('portfolios.arbitration.state'))}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {budget.map((row) => (
                  <Table.Tr key={`${row.year}-${row.nature}`} bg={row.overload ? 'red.0' : undefined}>
                    <Table.Th scope="row" fw={400}>{row.year}</Table.Th>
                    <Table.Td>{t(`portfolios.arbitration.natures.${row.nature}`)}</Table.Td>
                    <Table.Td ta="right">{format.euros(row.capacityCents)}</Table.Td>
                    <Table.Td ta="right">{format.euros(row.usedCents)}</Table.Td>
                    <Table.Td><LoadState overload={row.overload} excess={format.euros(row.usedCents - row.capacityCents)} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
        )}
      </div>
      <div>
        <Title order={3} size="h5" mb="xs">{t('portfolios.arbitration.fteTitle')}</Title>
        {fte.length === 0 ? <Text c="dimmed" size="sm">{t('portfolios.arbitration.noFteCapacity')}</Text> : (
          <Table verticalSpacing={4} data-testid="fte-capacity">
              <Table.Thead>
                <Table.Tr>{th(t('portfolios.arbitration.year'))}{th(t('portfolios.arbitration.unit'))}{th(t('portfolios.arbitration.capacity'), true)}{th(t('portfolios.arbitration.used'), true)}{th(t('portfolios.arbitration.state'))}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fte.map((row) => (
                  <Table.Tr key={`${row.year}-${row.orgUnitId}`} bg={row.overload ? 'red.0' : undefined}>
                    <Table.Th scope="row" fw={400}>{row.year}</Table.Th>
                    <Table.Td>{row.orgUnitName}</Table.Td>
                    <Table.Td ta="right">{number(row.capacity)}</Table.Td>
                    <Table.Td ta="right">{number(row.used)}</Table.Td>
                    <Table.Td><LoadState overload={row.overload} excess={t('portfolios.arbitration.fteExcess', { value: number(row.used - row.capacity) })} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
        )}
      </div>
    </SimpleGrid>
  );
}
