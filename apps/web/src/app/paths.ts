/** Every URL of the app in one place; French, as the people who use it read them. */
export const paths = {
  signIn: '/connexion',
  invitation: '/invitation/:token',
  home: '/',
  account: '/compte',
  orgUnits: '/administration/organisation',
  people: '/administration/personnes',
  statuses: '/administration/statuts',
  apiTokens: '/administration/jetons-api',
  connectors: '/administration/connecteurs',
  outbox: '/administration/boite-envoi',
  reportSubscriptions: '/rapports/abonnements',
  reports: '/rapports',
  plans: '/plans',
  plan: '/plans/:id',
  planDashboard: '/plans/:id/tableau-de-bord',
  leadership: '/pilotage',
  orgUnitDashboards: '/directions',
  orgUnitDashboard: '/directions/:id/tableau-de-bord',
  planQuality: '/plans/:id/qualite',
  action: '/actions/:id',
  myActions: '/mes-actions',
  indicatorImport: '/indicateurs/import',
  indicators: '/indicateurs',
  indicatorEntry: '/indicateurs/saisie',
  indicator: '/indicateurs/:id',
  strategyMap: '/plans/:id/carte',
  portfolios: '/portefeuilles',
  portfolio: '/portefeuilles/:id',
  portfolioRequest: '/portefeuilles/:id/demande',
  portfolioBudget: '/portefeuilles/:id/budget',
  portfolioFinanceImport: '/portefeuilles/:id/budget/import',
  project: '/projets/:id',
  reviews: '/revues',
  review: '/revues/:id',
  reviewChanges: '/revues/:id/evolutions',
  campaigns: '/campagnes',
  campaign: '/campagnes/:id',
} as const;

export const planPath = (id: string) => `/plans/${id}`;
export const planDashboardPath = (id: string) => `/plans/${id}/tableau-de-bord`;
export const orgUnitDashboardPath = (id: string) => `/directions/${id}/tableau-de-bord`;
export const planQualityPath = (id: string) => `/plans/${id}/qualite`;
export const strategyMapPath = (id: string) => `/plans/${id}/carte`;
export const actionPath = (id: string) => `/actions/${id}`;
export const indicatorPath = (id: string) => `/indicateurs/${id}`;
export const reviewPath = (id: string) => `/revues/${id}`;
export const reviewChangesPath = (id: string) => `/revues/${id}/evolutions`;
export const portfolioPath = (id: string) => `/portefeuilles/${id}`;
export const portfolioRequestPath = (id: string) => `/portefeuilles/${id}/demande`;
export const portfolioBudgetPath = (id: string) => `/portefeuilles/${id}/budget`;
export const portfolioFinanceImportPath = (id: string) => `/portefeuilles/${id}/budget/import`;
export const projectPath = (id: string) => `/projets/${id}`;
export const campaignPath = (id: string) => `/campagnes/${id}`;
