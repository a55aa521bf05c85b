import type { PortfolioBudget } from '@pilotis/shared';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';

/** The portfolio's totals: planned, committed, spent, consumption and the weighted rates. */
export function BudgetSummary({ budget }: { budget: PortfolioBudget }) {
  const { t } = useTranslation();
  const { euros, rate } = useFormatters();
  const { totals, weighted } = budget;
  const figures = [
    { label: t('finance.budget.planned'), value: euros(totals.plannedCents) },
    { label: t('finance.budget.committed'), value: euros(totals.committedCents), hint: t('finance.budget.ofPlanned', { rate: rate(totals.commitmentRate) }) },
    { label: t('finance.budget.spent'), value: euros(totals.spentCents) },
    { label: t('finance.budget.consumption'), value: rate(totals.consumptionRate), hint: t('finance.budget.consumptionHint') },
    {
      label: t('finance.budget.weightedConsumption'),
      value: rate(weighted.consumptionRate),
      hint: t(budget.weightMode === 'custom' ? 'finance.budget.weightCustom' : 'finance.budget.weightBudget'),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} mb="lg" component="dl" style={{ margin: 0 }}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">{figure.label}</Text>
          <Text component="dd" fw={700} size="xl" m={0}>{figure.value}</Text>
          {figure.hint && <Text component="dd" size="xs" c="dimmed" m={0}>{figure.hint}</Text>}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
