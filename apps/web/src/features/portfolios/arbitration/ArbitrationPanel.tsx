import type { Portfolio } from '@pilotis/shared';
import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { EChart } from '../../dashboards/charts/EChart';
import { useArbitration } from '../use-portfolios';
import { ArbitrationTable } from './ArbitrationTable';
import type { ArbitrationSort } from './arbitration-view';
import { loadBubbleECharts } from './bubble-loader';
import { bubbleOption, type VerticalAxis } from './bubble-option';
import { CapacityTables } from './CapacityTables';
import { DecisionForm } from './DecisionForm';
import { DecisionsList } from './DecisionsList';

/**
 * Arbitration: the projects by value and risk or cost, a what-if selection whose budget and FTE
 * the server adds to the approved projects' (`?selected=`), and the decision that settles it.
 */
export function ArbitrationPanel({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([]);
  const [sort, setSort] = useState<ArbitrationSort>('-score');
  const [axis, setAxis] = useState<VerticalAxis>('cost');
  const arbitration = useArbitration(portfolio.id, selected);

  if (arbitration.isPending) return <LoadingState />;
  if (!arbitration.data) return <ErrorAlert error={arbitration.error} />;
  const { projects, capacity } = arbitration.data;
  const hasRisk = projects.some((p) => p.risk !== null);
  const shownAxis = hasRisk ? axis : 'cost';
  const drawn = projects.filter((p) => p.value !== null && (shownAxis === 'cost' || p.risk !== null)).length;
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? [...current, id] : current.filter((v) => v !== id)));
  const overloads = capacity.budget.filter((b) => b.overload).length + capacity.fte.filter((f) => f.overload).length;

  return (
    <Stack gap="lg">
      <Paper component="section" aria-labelledby="bubbles-title" withBorder p="md" radius="md">
        <Group justify="space-between" mb="xs" wrap="wrap">
          <Title order={2} size="h4" id="bubbles-title">{t('portfolios.arbitration.chartTitle')}</Title>
          {hasRisk && (
            <SegmentedControl
              aria-label={t('portfolios.arbitration.verticalAxis')}
              value={shownAxis}
              onChange={(value) => setAxis(value as VerticalAxis)}
              data={[{ value: 'cost', label: t('portfolios.arbitration.axisCost') }, { value: 'risk', label: t('portfolios.arbitration.axisRisk') }]}
            />
          )}
        </Group>
        {/* The drawing is hidden from assistive technologies; the table below holds the same figures. */}
        <EChart
          load={loadBubbleECharts}
          testId="arbitration-bubbles"
          height={360}
          option={bubbleOption(projects, shownAxis, { x: t('portfolios.arbitration.axisValue'), y: shownAxis === 'risk' ? t('portfolios.arbitration.axisRisk') : t('portfolios.arbitration.axisCostK') }, selected)}
          summary={t('portfolios.arbitration.chartSummary', { drawn, unscored: projects.length - drawn })}
        />
      </Paper>
      <Paper component="section" aria-labelledby="whatif-title" withBorder p="md" radius="md">
        <Title order={2} size="h4" id="whatif-title" mb="xs">{t('portfolios.arbitration.whatIfTitle')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('portfolios.arbitration.whatIfHelp')}</Text>
        <ArbitrationTable projects={projects} selected={selected} onToggle={toggle} sort={sort} onSort={setSort} />
        <Title order={3} size="h5" mt="lg" mb="xs">{t('portfolios.arbitration.capacityTitle')}</Title>
        {/* Announced on every change of the selection, once the server's figures are back. */}
        <Text size="sm" role="status" aria-live="polite" mb="sm" fw={overloads > 0 ? 700 : 400} c={overloads > 0 ? 'red.9' : undefined}>
          {arbitration.isPlaceholderData ? t('portfolios.arbitration.computing') : t('portfolios.arbitration.capacitySummary', { count: selected.length, overloads })}
        </Text>
        <CapacityTables budget={capacity.budget} fte={capacity.fte} />
      </Paper>
      {portfolio.can.manage && (
        <DecisionForm
          portfolioId={portfolio.id}
          arbitrated={projects.filter((p) => p.stage === 'arbitration')}
          selected={selected}
          onRecorded={() => setSelected([])}
        />
      )}
      <DecisionsList portfolioId={portfolio.id} />
    </Stack>
  );
}
