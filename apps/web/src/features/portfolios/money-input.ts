import { useTranslation } from 'react-i18next';

/** Separators of typed numbers in the UI language: « 150 000,50 » in French, « 150,000.50 » in English. */
export function useNumberSeparators() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { decimalSeparator: '.', thousandSeparator: ',' } : { decimalSeparator: ',', thousandSeparator: '\u00a0' };
}

/** A euro amount as people type it, never negative. */
export function useEuroInputProps() {
  const separators = useNumberSeparators();
  return { min: 0, decimalScale: 2, suffix: ' €', hideControls: true, ...separators } as const;
}

/** FTE (ETP) with two decimals at most. */
export function useFteInputProps() {
  const { decimalSeparator } = useNumberSeparators();
  return { min: 0, max: 9999.99, decimalScale: 2, step: 0.5, decimalSeparator } as const;
}
