import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { systemClock } from './lib/clock.js';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATION, DEMO_PASSWORD, seedDemo } from './modules/demo/demo.seed.js';
import { createJobRunner } from './modules/jobs/job.runner.js';
import { jobHandlers } from './modules/jobs/job-handlers.js';
import { queueUnsentEmails } from './modules/mail/mail.service.js';
import { ensureDigestScheduled } from './modules/notifications/notification-digest.js';
import { ensureDailyNoticesScheduled } from './modules/notifications/notification-daily.js';
import { ensureCampaignDayScheduled } from './modules/campaigns/campaign-daily.js';
import { findOrganizationsByName } from './modules/organizations/organization.repository.js';

export const databaseTarget = (config: Config) => (config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir });

/**
 * Opens and migrates the database and starts listening; then creates the demo if asked (the API
 * answers 503 `starting` meanwhile, the web page already shows) and prints where to connect.
 */
export async function startServer(config: Config) {
  const database: Database = await openDatabase(databaseTarget(config));
  await database.migrate();
  const readiness = { ready: false };
  const { app, ctx } = await buildApp({ config, database, logger: true, readiness });
  const jobs = createJobRunner({ db: database.db, clock: systemClock, handlers: jobHandlers(ctx) });
  if (config.JOBS) ctx.wakeJobs = () => jobs.wake();
  await app.listen({ port: config.PORT, host: config.HOST });
  const seeded = config.PILOTIS_DEMO ? await seedDemo(database.db, systemClock) : false;
  const demoPresent = config.PILOTIS_DEMO && (seeded || (await findOrganizationsByName(database.db, DEMO_ORGANIZATION)).length > 0);
  readiness.ready = true;
  await queueUnsentEmails(ctx);
  await ensureDigestScheduled(ctx);
  await ensureDailyNoticesScheduled(ctx);
  await ensureCampaignDayScheduled(ctx.db, ctx.clock);
  if (config.JOBS) jobs.start();
  printBanner(config, database.kind, seeded, demoPresent);

  const shutdown = async () => {
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { app, database };
}

function printBanner(config: Config, kind: string, seeded: boolean, demoPresent: boolean) {
  const where = kind === 'pglite' ? `base embarquée (PGlite) dans ${config.dataDir}` : 'PostgreSQL';
  const lines = [``, `  Pilotis est prêt : ${config.publicUrl}`, `  Données : ${where}`];
  if (demoPresent) {
    if (seeded) lines.push(`  Collectivité de démonstration « ${DEMO_ORGANIZATION} » créée.`);
    lines.push(`  Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(26)} ${account.label}`);
  }
  console.log(lines.join('\n') + '\n');
}
