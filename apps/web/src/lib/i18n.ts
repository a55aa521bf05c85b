import { locales, type Locale } from '@pilotis/shared';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import fr from '../locales/fr.json';
import indicatorsFr from '../locales/indicators.fr.json';
import integrationsFr from '../locales/integrations.fr.json';
import dashboardsFr from '../locales/dashboards.fr.json';
import strategyMapFr from '../locales/strategy-map.fr.json';
import homeFr from '../locales/home.fr.json';
import qualityFr from '../locales/quality.fr.json';
import outboxFr from '../locales/outbox.fr.json';
import subscriptionsFr from '../locales/subscriptions.fr.json';
import planImportFr from '../locales/plan-import.fr.json';
import planExportFr from '../locales/plan-export.fr.json';
import reportsFr from '../locales/reports.fr.json';
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

/**
 * English is fetched the first time it is needed: most people read Pilotis in French, and the
 * texts of every screen in a second language would weigh on everyone's first download.
 */
let englishLoaded: Promise<void> | null = null;
function loadTexts(locale: Locale): Promise<void> {
  if (locale !== 'en') return Promise.resolve();
  englishLoaded ??= Promise.all([
    import('../locales/en.json'),
    import('../locales/indicators.en.json'),
    import('../locales/integrations.en.json'),
    import('../locales/dashboards.en.json'),
    import('../locales/strategy-map.en.json'),
    import('../locales/home.en.json'),
    import('../locales/quality.en.json'),
    import('../locales/outbox.en.json'),
    import('../locales/subscriptions.en.json'),
    import('../locales/plan-import.en.json'),
    import('../locales/reports.en.json'),
    import('../locales/plan-export.en.json'),
  ])
    .then((files) => {
      i18n.addResourceBundle('en', 'translation', Object.assign({}, ...files.map((file) => file.default)), true, true);
    })
    .catch((error: unknown) => {
      englishLoaded = null;
      throw error;
    });
  return englishLoaded;
}

void i18n.use(initReactI18next).init({
  // One file per feature area beside the common one, each under its own top-level key.
  resources: {
    fr: { translation: { ...fr, ...indicatorsFr, ...integrationsFr, ...dashboardsFr, ...strategyMapFr, ...homeFr, ...qualityFr, ...outboxFr, ...subscriptionsFr, ...planExportFr, ...planImportFr, ...reportsFr } },
  },
  lng: startLocale,
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
  returnNull: false,
});
// Until the English texts arrive the French ones show (fallback); then the page re-renders.
if (startLocale === 'en') void loadTexts('en').then(() => i18n.changeLanguage('en'));

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
