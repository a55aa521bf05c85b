import path from 'node:path';
import { z } from 'zod';

const boolFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'yes'].includes(value));

/** Every environment variable Pilotis reads, parsed once. Documented in .env.example. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'doit commencer par postgres:// ou postgresql://')
    .pipe(z.url())
    .optional(),
  DATA_DIR: z.string().default('./data'),
  PILOTIS_DEMO: boolFlag.default(true),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: boolFlag.default(false),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  JOBS: boolFlag.default(true),
  /** Hosts connectors may fetch from: « intranet.ville.fr,*.ville.local,127.0.0.1:8080 »; empty: none. */
  CONNECTOR_ALLOWED_HOSTS: z.string().default(''),
  CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  CONNECTOR_MAX_MB: z.coerce.number().positive().max(500).default(20),
  /** Outgoing mail: smtp://user:pass@host:587 or smtps://…:465; unset: e-mails wait in the outbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'doit être une adresse smtp:// ou smtps://' }).optional(),
  MAIL_FROM: z.string().trim().min(3).default('Pilotis <no-reply@localhost>'),
});

export type Config = ReturnType<typeof parseConfig>;

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>) {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  return {
    ...value,
    dataDir: path.resolve(value.DATA_DIR),
    publicUrl: value.PUBLIC_URL ?? `http://localhost:${value.PORT}`,
    connectorAllowedHosts: value.CONNECTOR_ALLOWED_HOSTS.split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  };
}
