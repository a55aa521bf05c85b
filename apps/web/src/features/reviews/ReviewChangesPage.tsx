import type { DiffActionRef } from '@pilotis/shared';
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { reviewPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../lib/use-formatters';
import { FicheSection } from '../actions/fiche/FicheSection';
import { actionName, ActionRefLink } from './ActionRefLink';
import { ChangesTable, IndicatorMovesTable } from './ChangesTables';
import { useReviewDiff } from './use-review-diff';

/** « Ce qui a changé depuis la revue du … »: the plan between the previous held review and this one. */
export function ReviewChangesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { id } = useParams<{ id: string }>();
  const diff = useReviewDiff(id);
  if (diff.isPending) return <LoadingState />;
  if (!diff.data) return <ErrorAlert error={diff.error} />;
  const d = diff.data;
  const title = d.from ? t('reviews.diff.title', { date: format.date(d.from.date) }) : t('reviews.diff.titleFirst');
  const intro = [d.to.live ? t('reviews.diff.liveIntro') : t('reviews.diff.heldIntro'), d.from ? '' : t('reviews.diff.firstIntro')].filter(Boolean).join(' ');
  const percent = (value: number) => format.percent(value);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={reviewPath(d.to.reviewId)} size="sm">
        <Group gap={4} component="span"><IconArrowLeft size={16} aria-hidden />{t('reviews.diff.backToReview')}</Group>
      </Anchor>
      <PageHeader title={title} description={intro} />
      <Section title={t('reviews.diff.sections.statusChanges')} count={d.statusChanges.length}>
        <ChangesTable caption={t('reviews.diff.sections.statusChanges')} rows={d.statusChanges.map((c) => ({ action: c.action, from: c.from, to: c.to }))} />
      </Section>
      <Section title={t('reviews.diff.sections.progressChanges')} count={d.progressChanges.length}>
        <ChangesTable caption={t('reviews.diff.sections.progressChanges')} rows={d.progressChanges.map((c) => ({ action: c.action, from: percent(c.from), to: percent(c.to) }))} />
      </Section>
      <Section title={t('reviews.diff.sections.newActions')} count={d.newActions.length}>
        <ActionList actions={d.newActions} />
      </Section>
      <Section title={t('reviews.diff.sections.closedActions')} count={d.closedActions.length}>
        <ActionList actions={d.closedActions} />
      </Section>
      <Section title={t('reviews.diff.sections.mergedActions')} count={d.mergedActions.length}>
        <ChangesTable caption={t('reviews.diff.sections.mergedActions')} afterLabel={t('reviews.diff.into')}
          rows={d.mergedActions.map((m) => ({ action: m.action, to: <ActionRefLink action={m.into} /> }))} />
      </Section>
      {d.removedActions.length > 0 && (
        <Section title={t('reviews.diff.sections.removedActions')} count={d.removedActions.length}>
          <List size="sm">{d.removedActions.map((a) => <List.Item key={a.id}>{actionName(a)}</List.Item>)}</List>
        </Section>
      )}
      <Section title={t('reviews.diff.sections.indicatorMoves')} count={d.indicatorMoves.length}>
        <IndicatorMovesTable moves={d.indicatorMoves} />
      </Section>
    </Stack>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <FicheSection title={`${title} (${count})`}>
      {count === 0 ? <Text size="sm" c="dimmed">{t('reviews.diff.nothing')}</Text> : children}
    </FicheSection>
  );
}

function ActionList({ actions }: { actions: DiffActionRef[] }) {
  return <List size="sm">{actions.map((a) => <List.Item key={a.id}><ActionRefLink action={a} /></List.Item>)}</List>;
}
