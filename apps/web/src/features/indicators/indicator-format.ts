import { parseMeasureValue, parsePeriod, periodLabel, type Periodicity } from '@pilotis/shared';
import { useTranslation } from 'react-i18next';

/** Values in the indicator's decimals and the UI language's digits (fr-FR: « 1 234,5 »), unit after a no-break space. */
export function formatMeasureValue(value: number | null | undefined, decimals: number, unit: string, locale = 'fr-FR'): string {
  if (value === null || value === undefined) return '—';
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  return unit ? `${number}\u00a0${unit}` : number;
}

/** The number as typed in an input: no grouping, decimal comma in French (so it parses back). */
export function formatInputValue(value: number | null | undefined, locale = 'fr-FR'): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/** What a person typed: '' = no value (deletes), a number, or 'invalid'. Decimal comma accepted (« 12,5 »). */
export function readTypedValue(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const value = parseMeasureValue(text);
  return value === null ? 'invalid' : value;
}

const englishPrefix: Record<Periodicity, string> = { yearly: '', 'half-yearly': 'H', quarterly: 'Q', monthly: '' };

/** « T3 2026 » in French, « Q3 2026 » in English, months spelt out in the UI language. */
export function formatPeriod(period: string, periodicity: Periodicity, language: string): string {
  if (language !== 'en') return periodLabel(period, periodicity);
  const parts = parsePeriod(period, periodicity);
  if (!parts) return period;
  if (periodicity === 'yearly') return String(parts.year);
  if (periodicity === 'monthly') {
    return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(parts.year, parts.index - 1, 1)));
  }
  return `${englishPrefix[periodicity]}${parts.index} ${parts.year}`;
}

/** A period as a person can retype it and `normalizePeriod` reads back: « 07/2026 », « T3 2026 », « 2026 ». */
export function editablePeriod(period: string, periodicity: Periodicity, language: string): string {
  const parts = parsePeriod(period, periodicity);
  if (parts && periodicity === 'monthly') return `${String(parts.index).padStart(2, '0')}/${parts.year}`;
  return formatPeriod(period, periodicity, language);
}

/** Formatters bound to the UI language, for one indicator's unit and decimals. */
export function useIndicatorFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return {
    locale,
    value: (value: number | null | undefined, indicator: { decimals: number; unit: string }) => formatMeasureValue(value, indicator.decimals, indicator.unit, locale),
    /** A target, or a band « 10 – 20 % ». */
    target: (target: number | null | undefined, targetMax: number | null | undefined, indicator: { decimals: number; unit: string }) =>
      target === null || target === undefined
        ? '—'
        : targetMax === null || targetMax === undefined
          ? formatMeasureValue(target, indicator.decimals, indicator.unit, locale)
          : `${formatMeasureValue(target, indicator.decimals, '', locale)} – ${formatMeasureValue(targetMax, indicator.decimals, indicator.unit, locale)}`,
    input: (value: number | null | undefined) => formatInputValue(value, locale),
    period: (period: string, periodicity: Periodicity) => formatPeriod(period, periodicity, i18n.language),
    editablePeriod: (period: string, periodicity: Periodicity) => editablePeriod(period, periodicity, i18n.language),
  };
}
