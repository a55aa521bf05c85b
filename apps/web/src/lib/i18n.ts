import { locales, type Locale } from '@pilotis/shared';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import indicatorsEn from '../locales/indicators.en.json';
import indicatorsFr from '../locales/indicators.fr.json';
import integrationsEn from '../locales/integrations.en.json';
import integrationsFr from '../locales/integrations.fr.json';
import dashboardsEn from '../locales/dashboards.en.json';
import dashboardsFr from '../locales/dashboards.fr.json';
import strategyMapEn from '../locales/strategy-map.en.json';
import strategyMapFr from '../locales/strategy-map.fr.json';
import homeEn from '../locales/home.en.json';
import homeFr from '../locales/home.fr.json';
import qualityEn from '../locales/quality.en.json';
import qualityFr from '../locales/quality.fr.json';
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
  // One file per feature area beside the common one, each under its own top-level key.
  resources: {
    fr: { translation: { ...fr, ...indicatorsFr, ...integrationsFr, ...dashboardsFr, ...strategyMapFr, ...homeFr, ...qualityFr } },
    en: { translation: { ...en, ...indicatorsEn, ...integrationsEn, ...dashboardsEn, ...strategyMapEn, ...homeEn, ...qualityEn } },
  },
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
