import { useTranslation } from 'react-i18next';
import { FicheSection } from '../actions/fiche/FicheSection';
import { LinkedIndicatorsList } from './LinkedIndicatorsList';

/** « Indicateurs » on the fiche action: the indicators that measure it. Links are set on the indicator. */
export function ActionIndicatorsSection({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  return (
    <FicheSection title={t('indicators.linked.title')}>
      <LinkedIndicatorsList actionId={actionId} caption={t('indicators.linked.actionCaption')} />
    </FicheSection>
  );
}
