import { Button, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { reviewPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useCurrentMe } from '../auth/use-me';
import { usePlans } from '../plans/use-plans';
import { SeriesForm } from './SeriesForm';
import { SeriesSection } from './SeriesSection';
import { useCreateReview, useReviewList, useReviewSeries } from './use-reviews';

/**
 * « Revues »: the review series of a plan (revue de projet every 8 weeks, comité de pilotage…)
 * with their reviews; managers create series and prepare the next review from here.
 */
export function ReviewsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const plans = usePlans();
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? plans.data?.[0]?.id ?? null;
  const series = useReviewSeries(planId);
  const reviews = useReviewList(planId);
  const prepare = useCreateReview();
  const [creating, setCreating] = useState(false);

  const managed = (plans.data ?? []).filter((p) => me.can.manageMembers || p.myRole === 'manager');
  const prepareNext = (seriesId: string) =>
    prepare.mutate({ seriesId }, {
      onSuccess: (created) => {
        notifySuccess(t('reviews.series.prepared'));
        void navigate(reviewPath(created.data.id));
      },
      onError: (error) => notifyError(describeError(error, t)),
    });

  return (
    <>
      <PageHeader
        title={t('reviews.title')}
        description={t('reviews.intro')}
        actions={managed.length > 0 && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>{t('reviews.series.new')}</Button>
        )}
      />
      <Stack gap="lg">
        {plans.isPending && <LoadingState />}
        <ErrorAlert error={plans.error ?? series.error ?? reviews.error} />
        {plans.data?.length === 0 && <Text c="dimmed">{t('reviews.noPlan')}</Text>}
        {(plans.data?.length ?? 0) > 1 && (
          <NativeSelect
            label={t('reviews.plan')}
            value={planId ?? ''}
            onChange={(event) => setParams({ planId: event.currentTarget.value })}
            data={(plans.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            maw={420}
          />
        )}
        {plans.data && managed.length === 0 && <Text c="dimmed">{t('reviews.whoMay')}</Text>}
        {series.isFetching && !series.data && <LoadingState />}
        {series.data?.length === 0 && <Text c="dimmed">{t('reviews.series.empty')}</Text>}
        {series.data?.map((s) => (
          <SeriesSection
            key={s.id}
            series={s}
            reviews={(reviews.data ?? []).filter((r) => r.seriesId === s.id)}
            preparing={prepare.isPending && prepare.variables?.seriesId === s.id}
            onPrepare={() => prepareNext(s.id)}
          />
        ))}
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} size="lg" title={t('reviews.series.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {creating && (
          <SeriesForm
            plans={managed}
            defaultPlanId={managed.some((p) => p.id === planId) ? planId! : (managed[0]?.id ?? '')}
            onDone={(created) => {
              setCreating(false);
              if (created) setParams({ planId: created.planId });
            }}
          />
        )}
      </Modal>
    </>
  );
}
