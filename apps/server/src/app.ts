import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import type { Database } from './db/client.js';
import { registerErrorHandler } from './http/error-handler.js';
import { registerSession } from './http/session-plugin.js';
import { registerReadiness, type Readiness } from './http/readiness.js';
import { findWebDist, serveWeb } from './http/static-web.js';
import { systemClock, type Clock } from './lib/clock.js';
import { historyRoutes } from './modules/audit/history.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { orgUnitRoutes } from './modules/org-units/org-unit.routes.js';
import { userRoutes } from './modules/users/user.routes.js';
import { statusRoutes } from './modules/statuses/status.routes.js';
import { planRoutes } from './modules/plans/plan.routes.js';
import { planNodeRoutes } from './modules/plan-nodes/plan-node.routes.js';
import { actionRoutes } from './modules/actions/action.routes.js';
import { actionPartsRoutes } from './modules/actions/action-parts.routes.js';
import { apiTokenRoutes } from './modules/api-tokens/api-token.routes.js';
import { measurePushRoutes } from './modules/measures/measure-push.routes.js';
import { measureImportRoutes } from './modules/measures/measure-import.routes.js';
import { connectorRoutes } from './modules/connectors/connector.routes.js';
import { indicatorRoutes } from './modules/indicators/indicator.routes.js';
import { measureRoutes } from './modules/measures/measure.routes.js';
import { dashboardRoutes } from './modules/dashboards/dashboard.routes.js';
import { strategyMapRoutes } from './modules/strategy-map/strategy-map.routes.js';
import { planExportRoutes } from './modules/plan-export/plan-export.routes.js';
import { jobRoutes } from './modules/jobs/job.routes.js';
import { outboxRoutes } from './modules/mail/outbox.routes.js';
import { reportSubscriptionRoutes } from './modules/report-subscriptions/report-subscription.routes.js';
import { planImportRoutes } from './modules/plan-import/plan-import.routes.js';
import { reportRoutes } from './modules/reports/report.routes.js';
import { organizationLogoRoutes } from './modules/organizations/organization-logo.routes.js';
import { notificationRoutes } from './modules/notifications/notification.routes.js';
import { reviewRoutes } from './modules/reviews/review.routes.js';
import { reviewMinutesRoutes } from './modules/review-minutes/review-minutes.routes.js';
import { campaignRoutes } from './modules/campaigns/campaign.routes.js';
import { financeRoutes } from './modules/finance/finance.routes.js';
import { portfolioRoutes } from './modules/portfolios/portfolio.routes.js';
import { projectRoutes } from './modules/portfolios/project.routes.js';

// Validation messages in French: the interface is French first, and the API speaks to it.
z.config(z.locales.fr());

export interface BuildAppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  logger?: boolean;
  /** Flipped by the caller once start-up work is done; ready from the start when omitted. */
  readiness?: Readiness;
}

/** The whole HTTP application; main.ts listens with it, tests inject requests into it. */
export async function buildApp({ config, database, clock = systemClock, logger = false, readiness = { ready: true } }: BuildAppOptions) {
  const app = Fastify({
    logger: logger ? { level: config.LOG_LEVEL } : false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = { db: database.db, clock, config };
  registerErrorHandler(app);
  registerReadiness(app, readiness);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Pilotis API', version: '0.1.0', description: 'Pilotage des plans et des actions des collectivités' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pilotis_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'Jeton d’API (pil_…), créé par un administrateur' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerSession(app, ctx);

  healthRoutes(app, database, readiness);
  authRoutes(app, ctx);
  orgUnitRoutes(app, ctx);
  userRoutes(app, ctx);
  historyRoutes(app, ctx);
  statusRoutes(app, ctx);
  planRoutes(app, ctx);
  planNodeRoutes(app, ctx);
  actionRoutes(app, ctx);
  actionPartsRoutes(app, ctx);
  apiTokenRoutes(app, ctx);
  measurePushRoutes(app, ctx);
  measureImportRoutes(app, ctx);
  connectorRoutes(app, ctx);
  indicatorRoutes(app, ctx);
  measureRoutes(app, ctx);
  dashboardRoutes(app, ctx);
  strategyMapRoutes(app, ctx);
  planExportRoutes(app, ctx);
  jobRoutes(app, ctx);
  outboxRoutes(app, ctx);
  reportSubscriptionRoutes(app, ctx);
  planImportRoutes(app, ctx);
  reportRoutes(app, ctx);
  organizationLogoRoutes(app, ctx);
  notificationRoutes(app, ctx);
  reviewRoutes(app, ctx);
  reviewMinutesRoutes(app, ctx);
  campaignRoutes(app, ctx);
  financeRoutes(app, ctx);
  portfolioRoutes(app, ctx);
  projectRoutes(app, ctx);
  await serveWeb(app, findWebDist(config.WEB_DIST_DIR));
  return { app, ctx };
}
