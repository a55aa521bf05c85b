import { Anchor, Button, Group, Modal, Stack } from '@mantine/core';
import { IconArrowLeft, IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { GenerateReportButton } from '../reports/GenerateReportButton';
import { usePageTitle } from '../../components/use-page-title';
import { ActionIndicatorsSection } from '../indicators/ActionIndicatorsSection';
import { usePlan } from '../plans/use-plans';
import { FlagshipBadge, LateBadge, StatusLabel } from './ActionBadges';
import { ActionRelations } from './fiche/ActionRelations';
import { AttachmentsSection } from './fiche/AttachmentsSection';
import { BudgetSection } from './fiche/BudgetSection';
import { FicheSection } from './fiche/FicheSection';
import { HistorySection } from './fiche/HistorySection';
import { LogSection } from './fiche/LogSection';
import { MergeForm } from './fiche/MergeForm';
import { MilestonesList } from './fiche/MilestonesList';
import { ProgressSection } from './fiche/ProgressSection';
import { SummarySection } from './fiche/SummarySection';
import { TasksList } from './fiche/TasksList';
import { actionKey, useAction } from './use-action';
import { WeatherLabel } from './WeatherLabel';

/** The fiche action: one page, one section per subject; edit controls only where `can` allows. */
export function ActionPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const action = useAction(id);
  // The plan may be out of reach (a pilot who is not a member of it): the link back shows only when readable.
  const plan = usePlan(action.data?.data.planId);
  const queryClient = useQueryClient();
  const [merging, setMerging] = useState(false);
  usePageTitle(action.data ? `${action.data.data.code} ${action.data.data.title}` : t('fiche.title'));

  if (action.isPending) return <LoadingState />;
  if (!action.data) return <ErrorAlert error={action.error} />;
  const { data: current, can } = action.data;
  const canUpdate = can.update === true;
  const reload = () => void queryClient.invalidateQueries({ queryKey: actionKey(current.id) });

  return (
    <Stack gap="lg">
      {plan.data && (
        <Anchor component={Link} to={planPath(current.planId)} size="sm">
          <Group gap={4} component="span"><IconArrowLeft size={16} aria-hidden />{t('fiche.backToPlan', { name: plan.data.data.name })}</Group>
        </Anchor>
      )}
      <div>
        <PageHeader title={`${current.code} ${current.title}`} actions={<GenerateReportButton preset={{ kind: 'action', planId: current.planId, actionId: current.id }} />} />
        <Group gap="xs" mt={-8}>
          <StatusLabel label={current.status.label} category={current.status.category} />
          {current.weather && <WeatherLabel weather={current.weather} />}
          {current.late && <LateBadge />}
          {current.flagship && <FlagshipBadge />}
          {can.updateStructure && !current.mergedIntoId && (
            <Button size="compact-sm" variant="default" ml="auto" leftSection={<IconGitMerge size={16} aria-hidden />} onClick={() => setMerging(true)}>
              {t('merge.open')}
            </Button>
          )}
        </Group>
      </div>
      <ActionRelations action={current} />
      <SummarySection action={current} canUpdate={canUpdate} canUpdateStructure={can.updateStructure === true} onReload={reload} />
      <ProgressSection key={current.version} action={current} canUpdate={canUpdate} onReload={reload} />
      <LogSection actionId={current.id} canUpdate={canUpdate} />
      <FicheSection title={t('fiche.milestonesAndTasks')}>
        <Stack gap="lg">
          <MilestonesList actionId={current.id} canUpdate={canUpdate} />
          <TasksList actionId={current.id} canUpdate={canUpdate} />
        </Stack>
      </FicheSection>
      <ActionIndicatorsSection actionId={current.id} />
      <BudgetSection actionId={current.id} canUpdate={canUpdate} />
      <AttachmentsSection actionId={current.id} canUpdate={canUpdate} />
      <HistorySection actionId={current.id} />
      <Modal opened={merging} onClose={() => setMerging(false)} title={t('merge.open')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <MergeForm action={current} onDone={() => setMerging(false)} />
      </Modal>
    </Stack>
  );
}
