import type { MeDashboard } from '@pilotis/shared';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { usePlans } from '../plans/use-plans';
import { MyActionsTable } from './MyActionsTable';
import { StaleDaysSelect } from './StaleDaysSelect';
import type { StaleDays } from './stale-days';

/** Enough rows to see what needs doing without burying the rest of the page. */
const FIRST_ROWS = 15;

/** The actions I pilot, those waiting for an update first, with when they were last updated. */
export function MyActionsSection({ dashboard, staleDays, onStaleDays }: { dashboard: MeDashboard; staleDays: StaleDays; onStaleDays: (days: StaleDays) => void }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const planNames = new Map((plans.data ?? []).map((plan) => [plan.id, plan.name]));
  const [showAll, setShowAll] = useState(false);
  // The button goes away once pressed: focus moves to the first row it revealed.
  const firstRevealed = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (showAll) firstRevealed.current?.focus();
  }, [showAll]);
  // The figures' own threshold: while another choice loads, the previous answer stays on screen.
  const { myActions, needsUpdateCount, staleDays: days } = dashboard;
  // The server sends those to update first, the stalest first.
  const items = myActions.items;
  const shown = showAll ? items : items.slice(0, FIRST_ROWS);

  return (
    <Stack component="section" aria-labelledby="home-my-actions" gap="sm" id="mes-actions">
      <Title order={2} size="h3" id="home-my-actions">{t('homeDashboard.actions.title')}</Title>
      <StaleDaysSelect value={staleDays} onChange={onStaleDays} />
      <Text role="status">
        {myActions.total === 0
          ? t('homeDashboard.actions.none')
          : needsUpdateCount === 0
            ? t('homeDashboard.actions.allUpToDate', { count: myActions.total, days })
            : t('homeDashboard.actions.toUpdate', { count: needsUpdateCount, days })}
      </Text>
      {shown.length > 0 && <MyActionsTable items={shown} planNames={planNames} focusIndex={FIRST_ROWS} focusRef={firstRevealed} />}
      {!showAll && items.length > FIRST_ROWS && (
        <Button variant="default" onClick={() => setShowAll(true)} style={{ alignSelf: 'flex-start' }}>
          {t('homeDashboard.actions.showMore', { count: items.length - FIRST_ROWS })}
        </Button>
      )}
      {myActions.total > 0 && (
        <Text size="sm">
          {myActions.total > shown.length && `${t('homeDashboard.actions.capped', { count: shown.length, total: myActions.total })} `}
          <Anchor component={Link} to={paths.myActions}>{t('homeDashboard.actions.seeAll')}</Anchor>
        </Text>
      )}
    </Stack>
  );
}
