import { Button, Grid, Group, Modal } from '@mantine/core';
import { IconMap, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { strategyMapPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/use-page-title';
import { useFormatters } from '../../lib/use-formatters';
import { ActionCreateForm } from '../actions/ActionCreateForm';
import { PlanActionsPanel } from '../actions/PlanActionsPanel';
import { NodeIndicatorsPanel } from '../indicators/NodeIndicatorsPanel';
import { PlanHeaderActions } from './PlanHeaderActions';
import { GenerateReportButton } from '../reports/GenerateReportButton';
import { PlanMembersPanel } from './PlanMembersPanel';
import { PlanStateBadge } from './PlanStateBadge';
import { PlanTreePanel } from './PlanTreePanel';
import { usePlan } from './use-plans';
import { usePlanTree } from './use-plan-tree';

export function PlanPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const plan = usePlan(id);
  const tree = usePlanTree(id);
  const format = useFormatters();
  // ?noeud= opens the page on one node (links from the strategy map).
  const [searchParams] = useSearchParams();
  const [selectedNodeId, setSelectedNodeId] = useState<string | null>(() => searchParams.get('noeud'));
  const [creating, setCreating] = useState(false);
  usePageTitle(plan.data?.data.name ?? t('plans.title'));

  if (plan.isPending || tree.isPending) return <LoadingState />;
  if (!plan.data || !tree.data) return <ErrorAlert error={plan.error ?? tree.error} />;

  const { data: current, can } = plan.data;
  const selected = tree.data.nodes.find((node) => node.id === selectedNodeId);
  const period = current.startsOn || current.endsOn ? ` · ${format.date(current.startsOn) || '…'} – ${format.date(current.endsOn) || '…'}` : '';
  const heading = selected ? t('plan.actionsOf', { name: `${selected.code} ${selected.title}` }) : t('plan.allActions');

  return (
    <>
      <PageHeader
        title={current.name}
        description={
          <Group gap="xs" component="span">
            <PlanStateBadge state={current.state} />
            <span>{`${t(`plans.kinds.${current.kind}`)}${period} · ${t('plan.overall', { value: format.percent(tree.data.plan.rollup?.progress ?? null) })}`}</span>
          </Group>
        }
        actions={
          <>
            <Button component={Link} to={strategyMapPath(current.id)} variant="default" leftSection={<IconMap size={18} aria-hidden />}>
              {t('strategyMap.open')}
            </Button>
            <PlanHeaderActions plan={current} can={can} />
            <GenerateReportButton preset={{ kind: 'plan-progress', planId: current.id }} />
          </>
        }
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <PlanTreePanel tree={tree.data} canManage={can.update === true} selectedId={selectedNodeId} onSelect={setSelectedNodeId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 8 }}>
          {selected && <NodeIndicatorsPanel key={selected.id} nodeId={selected.id} nodeName={`${selected.code} ${selected.title}`} />}
          <PlanActionsPanel
            planId={current.id}
            nodeId={selectedNodeId}
            heading={heading}
            headerActions={can.createAction && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)} disabled={tree.data.nodes.length === 0}>
                {t('actions.new')}
              </Button>
            )}
          />
        </Grid.Col>
      </Grid>
      {can.manageMembers && <PlanMembersPanel planId={current.id} />}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('actions.createTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ActionCreateForm nodes={tree.data.nodes} defaultNodeId={selectedNodeId} onDone={() => setCreating(false)} />
      </Modal>
    </>
  );
}
