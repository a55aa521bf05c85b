import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';

/** The app's formatters plus what dashboards add: counts and short amounts (« 1,2 M€ ») in the UI language. */
export function useDashboardFormat() {
  const { i18n } = useTranslation();
  const base = useFormatters();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  const integer = new Intl.NumberFormat(locale);
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
  return {
    ...base,
    locale,
    integer: (value: number) => integer.format(value),
    eurosShort: (cents: number) => compact.format(cents / 100),
  };
}
