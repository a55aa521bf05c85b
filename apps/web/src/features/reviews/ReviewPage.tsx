import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/use-page-title';
import { useFormatters } from '../../lib/use-formatters';
import { AgendaSection } from './AgendaSection';
import { AttendeesSection } from './AttendeesSection';
import { MinutesSection } from './MinutesSection';
import { ReviewActions } from './ReviewActions';
import { ReviewInfo } from './ReviewInfo';
import { useReview } from './use-reviews';

/** One review: when and where, who attends, the agenda with notes and decisions, the minutes. */
export function ReviewPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { id } = useParams<{ id: string }>();
  const review = useReview(id);
  const current = review.data?.data;
  usePageTitle(current ? `${current.title} — ${format.date(current.date)}` : t('reviews.title'));

  if (review.isPending) return <LoadingState />;
  if (!review.data || !current) return <ErrorAlert error={review.error} />;
  const { can } = review.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`${paths.reviews}?planId=${current.planId}`} size="sm">
        <Group gap={4} component="span"><IconArrowLeft size={16} aria-hidden />{t('reviews.back')}</Group>
      </Anchor>
      <div>
        <PageHeader
          title={current.title}
          documentTitle={`${current.title} — ${format.date(current.date)}`}
          description={[t(`reviews.kinds.${current.series.kind}`), current.series.title].filter((part, index, all) => part !== current.title && all.indexOf(part) === index).join(' · ')}
          actions={<ReviewActions review={current} can={can} />}
        />
        <ReviewInfo review={current} can={can} />
      </div>
      <AttendeesSection review={current} canUpdate={can.update} />
      <AgendaSection review={current} can={can} />
      <MinutesSection review={current} can={can} />
    </Stack>
  );
}
