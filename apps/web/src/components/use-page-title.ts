import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page sets a distinct <title> (RGAA 8.6): screen-reader users hear it on navigation. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { title });
  }, [t, title]);
}
