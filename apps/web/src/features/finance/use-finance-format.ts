import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../lib/format';

/** Euros and rates in the UI language (« 12 500,00 € », « 42 % »); a missing rate is a dash. */
export function useFinanceFormat() {
  const { i18n, t } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    euros: (cents: number) => formatEuros(cents, locale),
    rate: (value: number | null) => (value === null ? t('common.empty') : percent.format(value)),
  };
}
