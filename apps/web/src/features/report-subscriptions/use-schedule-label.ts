import type { SubscriptionSchedule } from '@pilotis/shared';
import { useTranslation } from 'react-i18next';

/** « Chaque lundi à 7 h », « Le 5 de chaque mois à 8 h », « 7 jours avant chaque revue, à 7 h ». */
export function useScheduleLabel() {
  const { t } = useTranslation();
  return (schedule: SubscriptionSchedule) => {
    switch (schedule.frequency) {
      case 'weekly':
        return t('subscriptions.describe.weekly', { weekday: t(`subscriptions.weekdays.${schedule.weekday}`).toLowerCase(), hour: schedule.hour });
      case 'monthly':
        return t('subscriptions.describe.monthly', { day: schedule.day, hour: schedule.hour });
      case 'before-review':
        return t('subscriptions.describe.beforeReview', { count: schedule.daysBefore, hour: schedule.hour });
    }
  };
}
