import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale, setLocale } from '../lib/i18n';

/** For pages seen before signing in; once signed in, the choice is saved on the account. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const other = currentLocale() === 'fr' ? 'en' : 'fr';
  return (
    <Button variant="subtle" size="compact-sm" lang={other} onClick={() => void setLocale(other)}>
      {t('language.switchTo')}
    </Button>
  );
}
