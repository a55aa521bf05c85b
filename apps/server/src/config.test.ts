import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

const configError = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (error) {
    return error;
  }
  throw new Error('parseConfig accepted ' + JSON.stringify(env));
};

describe('parseConfig', () => {
  it('runs with no environment at all: port 3000, embedded data in ./data, demo on, jobs on', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', PILOTIS_DEMO: true, JOBS: true, TRUST_PROXY: false });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('reads PORT, DATA_DIR and PUBLIC_URL', () => {
    const config = parseConfig({ PORT: '8080', DATA_DIR: '/var/lib/pilotis', PUBLIC_URL: 'https://pilotis.ville.fr' });
    expect(config).toMatchObject({ PORT: 8080, dataDir: '/var/lib/pilotis', publicUrl: 'https://pilotis.ville.fr' });
    expect(parseConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it.each(['0', 'false', 'no'])('disables the demo with PILOTIS_DEMO=%s', (value) => {
    expect(parseConfig({ PILOTIS_DEMO: value }).PILOTIS_DEMO).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '', PILOTIS_DEMO: '' })).toMatchObject({ PORT: 3000, PILOTIS_DEMO: true });
  });

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pilotis' }).DATABASE_URL).toBe('postgres://u:p@db:5432/pilotis');
    expect(parseConfig({ DATABASE_URL: 'postgresql://db/pilotis' }).DATABASE_URL).toBe('postgresql://db/pilotis');
  });

  it.each(['mysql://x', 'not a url', 'postgres://', 'http://db:5432/pilotis'])('rejects DATABASE_URL=%s with a ConfigError naming it', (url) => {
    const error = configError({ DATABASE_URL: url });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('DATABASE_URL');
  });

  it('names every bad variable at once', () => {
    const error = configError({ PORT: 'eighty', PILOTIS_DEMO: 'maybe', LOG_LEVEL: 'loud' }) as Error;
    expect(error).toBeInstanceOf(ConfigError);
    for (const name of ['PORT', 'PILOTIS_DEMO', 'LOG_LEVEL']) expect(error.message).toContain(name);
    expect((configError({ PORT: '70000' }) as Error).message).toContain('PORT');
  });
});

describe('outgoing mail settings', () => {
  it('keeps e-mails in the outbox without SMTP_URL, with a default sender', () => {
    const config = parseConfig({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe('Pilotis <no-reply@localhost>');
  });

  it('reads smtp:// and smtps:// addresses and the sender', () => {
    expect(parseConfig({ SMTP_URL: 'smtp://user:secret@smtp.ville.fr:587' }).SMTP_URL).toBe('smtp://user:secret@smtp.ville.fr:587');
    expect(parseConfig({ SMTP_URL: 'smtps://smtp.ville.fr', MAIL_FROM: 'Ville <pilotage@ville.fr>' })).toMatchObject({
      SMTP_URL: 'smtps://smtp.ville.fr',
      MAIL_FROM: 'Ville <pilotage@ville.fr>',
    });
  });

  it.each(['http://smtp.ville.fr', 'smtp.ville.fr:587'])('rejects SMTP_URL=%s with a message naming it', (url) => {
    expect((configError({ SMTP_URL: url }) as Error).message).toContain('SMTP_URL');
  });
});

describe('starting with a bad environment', () => {
  it('prints a clear message and exits with code 1 before listening', async () => {
    const { spawnSync } = await import('node:child_process');
    const main = path.join(import.meta.dirname, 'main.ts');
    const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'mysql://x', PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stdout).not.toContain('Pilotis est prêt');
  });
});
