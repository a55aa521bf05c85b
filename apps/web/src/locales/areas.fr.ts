import indicators from './indicators.fr.json';
import integrations from './integrations.fr.json';
import dashboards from './dashboards.fr.json';
import strategyMap from './strategy-map.fr.json';
import home from './home.fr.json';
import quality from './quality.fr.json';
import outbox from './outbox.fr.json';
import subscriptions from './subscriptions.fr.json';
import planImport from './plan-import.fr.json';
import planExport from './plan-export.fr.json';
import reports from './reports.fr.json';
import notifications from './notifications.fr.json';
import portfolios from './portfolios.fr.json';
import reviews from './reviews.fr.json';
import campaigns from './campaigns.fr.json';
import finance from './finance.fr.json';

/** The texts of every feature area in French, downloaded in one piece after the first screen (see lib/i18n.ts). */
export default [indicators, integrations, dashboards, strategyMap, home, quality, outbox, subscriptions, planImport, planExport, reports, notifications, reviews, portfolios, campaigns, finance];
