import common from './en.json';
import indicators from './indicators.en.json';
import integrations from './integrations.en.json';
import dashboards from './dashboards.en.json';
import strategyMap from './strategy-map.en.json';
import home from './home.en.json';
import quality from './quality.en.json';
import outbox from './outbox.en.json';
import subscriptions from './subscriptions.en.json';
import planImport from './plan-import.en.json';
import planExport from './plan-export.en.json';
import reports from './reports.en.json';
import notifications from './notifications.en.json';
import portfolios from './portfolios.en.json';
import reviews from './reviews.en.json';
import campaigns from './campaigns.en.json';
import finance from './finance.en.json';

/** Every English text (common and feature areas), downloaded in one piece the first time English is chosen (see lib/i18n.ts). */
export default [common, indicators, integrations, dashboards, strategyMap, home, quality, outbox, subscriptions, planImport, planExport, reports, notifications, reviews, portfolios, campaigns, finance];
