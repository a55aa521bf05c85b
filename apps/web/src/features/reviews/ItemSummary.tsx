import { periodicityOf, periodLabel, type ReviewItem } from '@pilotis/shared';
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath, indicatorPath } from '../../app/paths';
import { useFormatters } from '../../lib/use-formatters';
import { LateBadge, StatusLabel } from '../actions/ActionBadges';
import { MeasureStatusBadge } from '../indicators/IndicatorBadges';

/** Where the item's fiche (or indicator) stands now, with a link to open it. */
export function ItemSummary({ item }: { item: ReviewItem }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { action, indicator } = item;
  if (action) {
    return (
      <Group gap="md" wrap="wrap">
        <StatusLabel label={action.statusLabel} category={action.statusCategory} />
        {action.late && <LateBadge />}
        <Fact term={t('reviews.agenda.progress')}>{format.percent(action.progress)}</Fact>
        <Fact term={t('reviews.agenda.endsOn')}>{action.endsOn ? format.date(action.endsOn) : t('common.empty')}</Fact>
        <Fact term={t('reviews.agenda.pilot')}>{action.pilotName ?? t('reviews.agenda.noPilot')}</Fact>
        <Anchor component={Link} to={actionPath(action.id)} size="sm" aria-label={t('reviews.agenda.openFicheNamed', { code: action.code })}>
          {t('reviews.agenda.openFiche')}
        </Anchor>
      </Group>
    );
  }
  if (indicator) {
    const periodicity = indicator.lastPeriod ? periodicityOf(indicator.lastPeriod) : null;
    const value = indicator.lastValue === null ? t('reviews.agenda.noValue') : new Intl.NumberFormat(i18n.language).format(indicator.lastValue);
    return (
      <Group gap="md" wrap="wrap">
        <Fact term={t('reviews.agenda.indicatorValue')}>
          {value}{indicator.lastPeriod && periodicity ? ` (${periodLabel(indicator.lastPeriod, periodicity)})` : ''}
        </Fact>
        {indicator.status && <MeasureStatusBadge status={indicator.status} />}
        <Anchor component={Link} to={indicatorPath(indicator.id)} size="sm">{indicator.code}</Anchor>
      </Group>
    );
  }
  return null;
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={700} inherit>{term}</Text> {children}
    </Text>
  );
}
