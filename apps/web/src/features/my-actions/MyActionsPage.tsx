import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ActionsTable } from '../actions/ActionsTable';
import { useMyActions } from '../actions/use-actions';
import { usePlans } from '../plans/use-plans';

/** « Mes actions »: the fiches I pilot or co-pilot, in every plan. */
export function MyActionsPage() {
  const { t } = useTranslation();
  const actions = useMyActions();
  const plans = usePlans();
  const planNames = new Map((plans.data ?? []).map((plan) => [plan.id, plan.name]));

  return (
    <>
      <PageHeader title={t('myActions.title')} description={t('myActions.intro')} />
      {actions.isPending && <LoadingState />}
      <ErrorAlert error={actions.error} />
      {actions.data && <ActionsTable actions={actions.data} caption={t('myActions.caption')} planNames={planNames} />}
    </>
  );
}
