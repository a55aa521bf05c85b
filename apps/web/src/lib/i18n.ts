import { locales, type Locale } from '@pilotis/shared';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import fr from '../locales/fr.json';
import { setApiLanguage } from './api';

const STORAGE_KEY = 'pilotis.locale';

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be disabled (private mode, strict policies): French is the default anyway.
  }
  return 'fr';
}

/** Everything that depends on the UI language moves together: texts, <html lang>, zod messages, API. */
function applyLocale(locale: Locale) {
  document.documentElement.lang = locale;
  z.config(locale === 'fr' ? z.locales.fr() : z.locales.en());
  setApiLanguage(locale);
}

const startLocale = initialLocale();
applyLocale(startLocale);

/** The texts beyond the common file, by language: one download each (locales/areas.*.ts). */
const areaTexts: Record<Locale, () => Promise<{ default: object[] }>> = {
  fr: () => import('../locales/areas.fr'),
  en: () => import('../locales/areas.en'),
};

/**
 * The first screen needs only the common texts (shell, sign-in, navigation); the feature areas'
 * texts, and English altogether, come in their own download, asked for at start-up alongside the
 * first page's code (pages wait for `textsReady`, see router.tsx). Keeping them out of the app's
 * first download keeps it small for everyone (issue 5: ≤ 250 KB gzipped).
 */
const loaded = new Map<Locale, Promise<void>>();
function loadTexts(locale: Locale): Promise<void> {
  let texts = loaded.get(locale);
  if (!texts) {
    texts = areaTexts[locale]()
      .then(({ default: files }) => {
        // Deep merge: an area's navigation labels already sit in the common file.
        for (const file of files) i18n.addResourceBundle(locale, 'translation', file, true, true);
      })
      .catch((error: unknown) => {
        loaded.delete(locale);
        throw error;
      });
    loaded.set(locale, texts);
  }
  return texts;
}

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr } },
  lng: startLocale,
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** French texts of every area (the fallback of every language), then those of the start language. */
export const textsReady: Promise<void> = loadTexts('fr').then(() => (startLocale === 'en' ? loadTexts('en').then(() => void i18n.changeLanguage('en')) : undefined));

export async function setLocale(locale: Locale) {
  await loadTexts(locale);
  applyLocale(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See initialLocale.
  }
  await i18n.changeLanguage(locale);
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'fr');

export default i18n;
