import { useTranslation } from 'react-i18next';

/** Scores and FTE with at most one decimal, in the UI language (« 2,5 » in French). */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const formatter = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 });
  return (value: number) => formatter.format(value);
}
