import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PASSWORD_MIN_LENGTH, emailSchema } from '@pilotis/shared';
import { ConfigError, parseConfig } from './config.js';
import { openDatabase, type Db } from './db/client.js';
import { systemClock } from './lib/clock.js';
import { recordChange } from './modules/audit/audit.service.js';
import { deleteUserSessions } from './modules/auth/auth.repository.js';
import { hashPassword } from './modules/auth/password.js';
import { findOrganization, findOrganizationsByName } from './modules/organizations/organization.repository.js';
import { addMemberDirectly, createOrganization } from './modules/organizations/organization.service.js';
import { findUserByEmail, listUserOrganizations, updateUser } from './modules/users/user.repository.js';
import { databaseTarget } from './server.js';

const USAGE = `Outil d'administration de Pilotis

  npm run admin -- create-organization --name "Ville de Lyon" [--admin-email a@b.fr --admin-name "Nom" [--admin-password …]]
  npm run admin -- create-user --organization "Ville de Lyon" --email a@b.fr --name "Nom" [--role admin|member] [--password …]
  npm run admin -- reset-password --email a@b.fr [--password …]

Sans --password, un mot de passe temporaire est généré, affiché, et devra être changé à la connexion.
La base utilisée est celle de DATABASE_URL, ou la base embarquée de DATA_DIR (./data par défaut).`;

class UsageError extends Error {}

const options = {
  name: { type: 'string' },
  organization: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  'admin-email': { type: 'string' },
  'admin-name': { type: 'string' },
  'admin-password': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Args = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

const required = (args: Args, key: keyof Args) => {
  const value = args[key];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`Option --${key} obligatoire`);
  return value.trim();
};

function passwordOrGenerated(given: string | undefined) {
  if (given !== undefined && given.length < PASSWORD_MIN_LENGTH) {
    throw new UsageError(`Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`);
  }
  return given ? { password: given, generated: false } : { password: randomBytes(12).toString('base64url'), generated: true };
}

function validEmail(raw: string) {
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`Adresse e-mail invalide : ${raw}`);
  return parsed.data;
}

async function resolveOrganization(db: Db, ref: string) {
  const byId = /^[0-9a-f-]{36}$/i.test(ref) ? await findOrganization(db, ref) : undefined;
  if (byId) return byId;
  const byName = await findOrganizationsByName(db, ref);
  if (byName.length === 1) return byName[0]!;
  throw new UsageError(byName.length === 0 ? `Collectivité introuvable : ${ref}` : `Plusieurs collectivités s'appellent « ${ref} » : donnez son identifiant`);
}

const commands: Record<string, (db: Db, args: Args) => Promise<string>> = {
  'create-organization': async (db, args) => {
    const name = required(args, 'name');
    const adminEmail = args['admin-email'] ? validEmail(args['admin-email']) : undefined;
    const secret = passwordOrGenerated(args['admin-password']);
    const org = await db.transaction(async (tx) => {
      const created = await createOrganization(tx, { clock: systemClock }, name);
      if (adminEmail) {
        await addMemberDirectly(tx, { clock: systemClock }, {
          organizationId: created.id,
          email: adminEmail,
          name: args['admin-name'] ?? adminEmail,
          orgRole: 'admin',
          password: secret.password,
          mustChangePassword: secret.generated,
        });
      }
      return created;
    });
    const admin = adminEmail ? `\nAdministrateur : ${adminEmail}${secret.generated ? ` — mot de passe temporaire : ${secret.password}` : ''}` : '';
    return `Collectivité créée : ${org.name} (${org.id})${admin}`;
  },
  'create-user': async (db, args) => {
    const org = await resolveOrganization(db, required(args, 'organization'));
    const email = validEmail(required(args, 'email'));
    const role = args.role ?? 'member';
    if (role !== 'admin' && role !== 'member') throw new UsageError('--role vaut admin ou member');
    const existing = await findUserByEmail(db, email);
    if (existing && (await listUserOrganizations(db, existing.id)).some((o) => o.id === org.id)) {
      throw new UsageError(`${email} est déjà membre de ${org.name}`);
    }
    const secret = passwordOrGenerated(args.password);
    await db.transaction((tx) =>
      addMemberDirectly(tx, { clock: systemClock }, {
        organizationId: org.id,
        email,
        name: args.name ?? email,
        orgRole: role,
        password: secret.password,
        mustChangePassword: secret.generated,
      }),
    );
    if (existing) return `${email} (compte existant, mot de passe inchangé) ajouté à ${org.name} (${role})`;
    return `Compte créé : ${email} dans ${org.name} (${role})${secret.generated ? ` — mot de passe temporaire : ${secret.password}` : ''}`;
  },
  'reset-password': async (db, args) => {
    const email = validEmail(required(args, 'email'));
    const user = await findUserByEmail(db, email);
    if (!user) throw new UsageError(`Aucun compte pour ${email}`);
    const secret = passwordOrGenerated(args.password);
    const passwordHash = await hashPassword(secret.password);
    const orgs = await listUserOrganizations(db, user.id);
    await db.transaction(async (tx) => {
      await updateUser(tx, user.id, { passwordHash, mustChangePassword: secret.generated, updatedAt: systemClock.now() });
      await deleteUserSessions(tx, user.id);
      for (const org of orgs) {
        await recordChange(tx, { organizationId: org.id, actorUserId: null, clock: systemClock }, {
          entityType: 'user', entityId: user.id, action: 'password_change', before: null, after: { passwordReset: true },
        });
      }
    });
    return `Mot de passe réinitialisé pour ${email}${secret.generated ? ` — mot de passe temporaire : ${secret.password}` : ''} (sessions fermées)`;
  },
};

export async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const [command] = parsed.positionals;
  const run = command ? commands[command] : undefined;
  if (!run || parsed.values.help) {
    console.log(USAGE);
    return run || parsed.values.help ? 0 : 1;
  }
  let database;
  try {
    const config = parseConfig(env);
    database = await openDatabase(databaseTarget(config));
    await database.migrate();
    console.log(await run(database.db, parsed.values));
    return 0;
  } catch (error) {
    const known = error instanceof UsageError || error instanceof ConfigError;
    console.error(known ? (error as Error).message : `Échec : ${(error as Error).message}`);
    return 1;
  } finally {
    await database?.close();
  }
}
