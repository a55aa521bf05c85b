import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { GenerateReportButton } from '../reports/GenerateReportButton';
import { describeError } from '../../lib/errors';
import { notifySuccess } from '../../lib/notify';
import { FicheSection } from '../actions/fiche/FicheSection';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useUsers } from '../users/use-users';
import { AddMeasureForm } from './AddMeasureForm';
import { IndicatorChart } from './chart/IndicatorChart';
import { DefinitionSummary } from './DefinitionSummary';
import { MeasureStatusBadge } from './IndicatorBadges';
import { useIndicatorFormat } from './indicator-format';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorLinksSection } from './IndicatorLinksSection';
import { MeasuresTable } from './MeasuresTable';
import { RevisionsList } from './RevisionsList';
import { TargetsEditor } from './TargetsEditor';
import { INDICATORS_KEY, useDeleteIndicator, useIndicator, useIndicatorHistory, useIndicatorMeasures } from './use-indicators';

/** The indicator page: where it stands, the chart, the periods, targets, definition, links, old values, history. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const indicator = useIndicator(id);
  const measures = useIndicatorMeasures(id);
  const history = useIndicatorHistory(id ?? '');
  const remove = useDeleteIndicator(id ?? '');
  const format = useIndicatorFormat();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useUsers(); // people's names for the history

  if (indicator.isPending) return <LoadingState />;
  if (!indicator.data) return <ErrorAlert error={indicator.error} />;
  const { data: current, can } = indicator.data;
  const reload = () => void queryClient.invalidateQueries({ queryKey: INDICATORS_KEY });
  const latest = current.latest;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.indicators} size="sm">
        <Group gap={4} component="span"><IconArrowLeft size={16} aria-hidden />{t('indicators.page.back')}</Group>
      </Anchor>
      <div>
        <PageHeader
          title={`${current.code} ${current.name}`}
          actions={
            <>
              <GenerateReportButton preset={{ kind: 'indicator', indicatorId: current.id }} />
              {can.update && <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>{t('indicators.page.edit')}</Button>}
              {can.delete && <Button variant="default" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>{t('indicators.page.delete')}</Button>}
            </>
          }
        />
        <Group gap="sm" mt={-8}>
          <MeasureStatusBadge status={latest?.status ?? 'no_target'} />
          <Text size="sm">
            {latest
              ? t('indicators.page.latest', { value: format.value(latest.value, current), period: format.period(latest.period, current.periodicity), target: format.target(latest.target, latest.targetMax, current) })
              : t('indicators.noValue')}
          </Text>
          <Text size="sm" c="dimmed">{`${t(`indicators.periodicities.${current.periodicity}`)} · ${t(`indicators.kinds.${current.kind}`)}${current.calculated ? ` · ${t('indicators.page.calculated')}` : ''}`}</Text>
        </Group>
      </div>
      <FicheSection title={t('indicators.page.chart')}>
        {measures.isPending && <LoadingState />}
        <ErrorAlert error={measures.error} />
        {measures.data && <IndicatorChart indicator={current} measures={measures.data.measures} />}
      </FicheSection>
      <FicheSection title={t('indicators.page.measures')}>
        {measures.data && (
          <Stack>
            {current.calculated && <Text size="sm">{t('indicators.page.calculatedHelp')}</Text>}
            <MeasuresTable indicator={current} measures={measures.data.measures} can={can} />
            {can.enterMeasures && !current.calculated && <AddMeasureForm indicator={current} />}
          </Stack>
        )}
      </FicheSection>
      <FicheSection title={t('indicators.page.targets')}>
        {measures.data && <TargetsEditor indicator={current} measures={measures.data.measures} canUpdate={can.update === true} />}
      </FicheSection>
      <FicheSection title={t('indicators.page.definition')}>
        <DefinitionSummary indicator={current} />
      </FicheSection>
      <IndicatorLinksSection indicator={current} />
      <FicheSection title={t('indicators.page.revisions')}>
        {measures.data && <RevisionsList indicator={current} revisions={measures.data.revisions} />}
      </FicheSection>
      <FicheSection title={t('common.history')}>
        <HistoryTimeline events={history.data} loading={history.isPending} error={history.error} />
      </FicheSection>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('indicators.page.edit')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {/* No key on the version: the PATCH answer bumps it, and a remount would drop the save's callbacks. */}
        <IndicatorForm
          indicator={current}
          onCancel={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={() => { setEditing(false); reload(); }}
        />
      </Modal>
      <ConfirmModal
        opened={deleting}
        title={t('indicators.page.delete')}
        message={remove.error ? describeError(remove.error, t) : t('indicators.page.deleteConfirm', { name: `${current.code} ${current.name}` })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onClose={() => { setDeleting(false); remove.reset(); }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => { notifySuccess(t('indicators.page.deleted', { code: current.code })); void navigate(paths.indicators); } })}
      />
    </Stack>
  );
}
