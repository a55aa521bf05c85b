import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatEuros, formatPercent } from './format';

/**
 * The formatters bound to the UI language (French formatting by default). Built once per language:
 * some fifty components call this on every render, table rows included.
 */
export function useFormatters() {
  const { i18n, t } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const fraction = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      euros: (cents: number) => formatEuros(cents, locale),
      date: (iso: string | null | undefined) => formatDate(iso, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      /** A value already in percent (42 → « 42 % »); a missing one is « — ». */
      percent: (value: number | null | undefined) => formatPercent(value, locale),
      /** Scores, FTE: at most one decimal (« 2,5 » in French). */
      number: (value: number) => oneDecimal.format(value),
      /** A fraction as a percentage (0.42 → « 42 % »); a missing one is the empty mark. */
      rate: (value: number | null) => (value === null ? t('common.empty') : fraction.format(value)),
    };
  }, [locale, t]);
}
