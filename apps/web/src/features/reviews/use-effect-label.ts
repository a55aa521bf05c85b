import type { ReviewDecision } from '@pilotis/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';
import { useActionRefs } from '../actions/use-action';
import { useStatuses } from '../actions/use-statuses';
import { useUsers } from '../users/use-users';
import { effectLabel } from './review-labels';

/**
 * Puts the effects of a list of decisions into words: statuses and people from their cached
 * lists, target fiches loaded by id (shared with the fiche pages' cache).
 */
export function useEffectLabel(decisions: ReviewDecision[]) {
  const { t } = useTranslation();
  const format = useFormatters();
  const statuses = useStatuses();
  const users = useUsers();
  const targetIds = [...new Set(decisions.flatMap((d) => (d.effect?.type === 'attach' || d.effect?.type === 'merge' ? [d.effect.targetActionId] : [])))];
  const targets = useActionRefs(targetIds);
  const names = {
    status: (id: string) => statuses.data?.find((s) => s.id === id)?.label,
    person: (id: string) => users.data?.find((u) => u.id === id)?.name,
    action: (id: string) => {
      const found = targets[targetIds.indexOf(id)]?.data?.data;
      return found ? `${found.code} ${found.title}` : undefined;
    },
    date: format.date,
    unknown: t('reviews.decisions.unknownTarget'),
  };
  return (decision: ReviewDecision) => {
    if (!decision.effect) return null;
    const label = effectLabel(decision.effect, names);
    return t(label.key, label.values);
  };
}
