import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from './app.js';
import { runCli } from './cli.js';
import { parseConfig } from './config.js';
import { openDatabase } from './db/client.js';

/** The CLI works on a real install: here an embedded database in a temporary DATA_DIR. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotis-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const env = { DATA_DIR: dataDir, PILOTIS_DEMO: '0' };

let out: string[] = [];
let err: string[] = [];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const unique = () => Math.random().toString(36).slice(2, 10);
const cli = (...argv: string[]) => runCli(argv, env);

/** Tries to sign in through the real app on the CLI's database; returns the status and /api/me. */
async function trySignIn(email: string, password: string) {
  const database = await openDatabase({ dataDir });
  const { app } = await buildApp({ config: parseConfig(env), database });
  try {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    return { status: response.statusCode, me: response.statusCode === 200 ? response.json().data : undefined };
  } finally {
    await app.close();
    await database.close();
  }
}

describe('admin CLI', () => {
  it('creates a collectivité with its admin, who can sign in', async () => {
    const name = `Ville de Lyon ${unique()}`;
    const email = `maire-${unique()}@lyon.fr`;
    expect(await cli('create-organization', '--name', name, '--admin-email', email, '--admin-name', 'Grégory', '--admin-password', 'mot-de-passe-solide')).toBe(0);
    expect(out.join('\n')).toContain(`Collectivité créée : ${name}`);
    const { status, me } = await trySignIn(email, 'mot-de-passe-solide');
    expect(status).toBe(200);
    expect(me.organization).toMatchObject({ name, orgRole: 'admin' });
    expect(me.user).toMatchObject({ name: 'Grégory', mustChangePassword: false });
  });

  it('generates a temporary password when none is given, to be changed at first sign-in', async () => {
    const email = `dgs-${unique()}@brest.fr`;
    expect(await cli('create-organization', '--name', `Brest ${unique()}`, '--admin-email', email)).toBe(0);
    const temporary = /mot de passe temporaire : (\S+)/.exec(out.join('\n'))?.[1];
    expect(temporary?.length).toBeGreaterThanOrEqual(12);
    const { status, me } = await trySignIn(email, temporary!);
    expect(status).toBe(200);
    expect(me.user.mustChangePassword).toBe(true);
  });

  it('adds a user to a collectivité named by its name', async () => {
    const name = `Nantes ${unique()}`;
    expect(await cli('create-organization', '--name', name)).toBe(0);
    const email = `agent-${unique()}@nantes.fr`;
    expect(await cli('create-user', '--organization', name, '--email', email, '--name', 'Agent', '--role', 'member', '--password', 'agent-password-1')).toBe(0);
    const { me } = await trySignIn(email, 'agent-password-1');
    expect(me.organization).toMatchObject({ name, orgRole: 'member' });
    expect(await cli('create-user', '--organization', name, '--email', email, '--password', 'agent-password-1')).toBe(1);
    expect(err.join('\n')).toContain('déjà membre');
  });

  it('resets a password: the old one fails, the new one works', async () => {
    const email = `reset-${unique()}@metz.fr`;
    expect(await cli('create-organization', '--name', `Metz ${unique()}`, '--admin-email', email, '--admin-password', 'ancien-mot-de-passe')).toBe(0);
    expect(await cli('reset-password', '--email', email.toUpperCase(), '--password', 'nouveau-mot-de-passe')).toBe(0);
    expect(out.join('\n')).toContain('Mot de passe réinitialisé');
    expect((await trySignIn(email, 'ancien-mot-de-passe')).status).toBe(401);
    expect((await trySignIn(email, 'nouveau-mot-de-passe')).status).toBe(200);
  });
});

describe('admin CLI: bad input exits with 1 and says why', () => {
  it.each([
    [['create-user', '--organization', 'Nulle Part', '--email', 'a@b.fr', '--password', 'assez-long-vraiment'], 'Collectivité introuvable : Nulle Part'],
    [['create-organization', '--name', 'Courte', '--admin-email', 'a@b.fr', '--admin-password', 'court'], '12 caractères'],
    [['create-organization', '--admin-email', 'a@b.fr'], 'Option --name obligatoire'],
    [['create-user', '--email', 'a@b.fr'], 'Option --organization obligatoire'],
    [['reset-password', '--email', 'pas-une-adresse'], 'Adresse e-mail invalide'],
    [['reset-password', '--email', 'personne@nulle-part.fr'], 'Aucun compte pour personne@nulle-part.fr'],
    [['create-organization', '--name', 'X', '--colour', 'red'], 'colour'],
  ])('%j', async (argv, message) => {
    expect(await cli(...argv)).toBe(1);
    expect(err.join('\n')).toContain(message);
  });

  it('prints the usage and exits with 1 for an unknown command', async () => {
    expect(await cli('drop-everything')).toBe(1);
    expect(out.join('\n')).toContain('create-organization');
  });

  it('rejects a malformed DATABASE_URL', async () => {
    expect(await runCli(['reset-password', '--email', 'a@b.fr'], { DATABASE_URL: 'mysql://x' })).toBe(1);
    expect(err.join('\n')).toContain('DATABASE_URL');
  });
});
