import { useTranslation } from 'react-i18next';
import { HistoryTimeline } from '../../history/HistoryTimeline';
import { useUsers } from '../../users/use-users';
import { useActionHistory } from '../use-action';
import { useStatuses } from '../use-statuses';
import { FicheSection } from './FicheSection';

/** « Historique »: who changed what and when on the fiche and its parts, newest first. */
export function HistorySection({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  const history = useActionHistory(actionId);
  // People and statuses are looked up by id when values are put into words: load them with the history.
  useUsers();
  useStatuses();
  return (
    <FicheSection title={t('common.history')}>
      <HistoryTimeline events={history.data} loading={history.isPending} error={history.error} />
    </FicheSection>
  );
}
