import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatEuros, formatPercent } from './format';

/** The formatters bound to the UI language (French formatting by default). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return {
    euros: (cents: number) => formatEuros(cents, locale),
    date: (iso: string | null | undefined) => formatDate(iso, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
    percent: (value: number | null | undefined) => formatPercent(value, locale),
  };
}
