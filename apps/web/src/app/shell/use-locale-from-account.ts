import type { Locale } from '@pilotis/shared';
import { useEffect } from 'react';
import { currentLocale, setLocale } from '../../lib/i18n';

/** Once signed in, the language saved on the account wins over the one chosen on the sign-in page. */
export function useLocaleFromAccount(locale: Locale) {
  useEffect(() => {
    if (locale !== currentLocale()) void setLocale(locale);
  }, [locale]);
}
