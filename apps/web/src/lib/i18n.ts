import { locales, type Locale } from '@pilotis/shared';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import en from '../locales/en.json';
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

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: startLocale,
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export async function setLocale(locale: Locale) {
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
