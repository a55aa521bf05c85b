import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite's first start runs initdb in WebAssembly: seconds of CPU and ~900 MB of memory. Instead we
 * ship a migrated, empty data directory (a "template", built once per set of migrations) and
 * unpack it on a new database: start-up and tests then skip initdb entirely.
 */

/** Small buffers keep the embedded database near 250 MB resident; PostgreSQL proper is for big sites. */
export const PGLITE_CONF = ['shared_buffers=16MB'];

export function migrationsHash(migrationsFolder: string): string {
  const hash = createHash('sha256');
  const files = fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort();
  for (const file of [...files, path.join('meta', '_journal.json')]) hash.update(fs.readFileSync(path.join(migrationsFolder, file)));
  return hash.digest('hex').slice(0, 16);
}

/** apps/server/dist/pglite-<hash>.tar.gz beside the migrations it was built from. */
export function templatePath(migrationsFolder: string): string {
  return path.join(migrationsFolder, '..', 'dist', `pglite-${migrationsHash(migrationsFolder)}.tar.gz`);
}

export function readTemplate(migrationsFolder: string): Blob | undefined {
  const file = templatePath(migrationsFolder);
  return fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : undefined;
}

/** The same template unpacked, for new data directories on disk. */
export const templateDir = (migrationsFolder: string) => templatePath(migrationsFolder).replace(/\.tar\.gz$/, '');

/**
 * Copies the unpacked template into a new data directory (letting PGlite load the archive would
 * grow its WebAssembly memory for good). Copied beside it, then renamed: a crash leaves no half
 * directory. Returns false when there is no template for these migrations (PGlite then runs initdb).
 */
export function copyTemplate(migrationsFolder: string, dataDir: string): boolean {
  const source = templateDir(migrationsFolder);
  if (!fs.existsSync(path.join(source, 'PG_VERSION'))) return false;
  const staging = `${dataDir}.unpacking-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(source, staging, { recursive: true });
  if (fs.existsSync(dataDir)) fs.rmdirSync(dataDir); // only an empty directory may be replaced
  fs.renameSync(staging, dataDir);
  return true;
}

/** Builds the template for the current migrations if it is missing. */
export async function ensureTemplate(migrationsFolder: string, migrate: (client: import('@electric-sql/pglite').PGlite) => Promise<void>) {
  const file = templatePath(migrationsFolder);
  if (fs.existsSync(file) && fs.existsSync(templateDir(migrationsFolder))) return file;
  const { PGlite } = await import('@electric-sql/pglite');
  const client = new PGlite({ postgresqlconf: PGLITE_CONF } as never);
  try {
    await migrate(client);
    const dump = await client.dumpDataDir('gzip');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(temporary, file);
    await unpack(file, templateDir(migrationsFolder));
    removeOtherTemplates(file);
  } finally {
    await client.close();
  }
  return file;
}

async function unpack(file: string, dir: string) {
  const { x: extract } = await import('tar');
  const staging = `${dir}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  await extract({ file, cwd: staging });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
}

/** Templates of earlier migrations are dead weight (~45 MB each) once a newer one exists. */
function removeOtherTemplates(current: string) {
  const dir = path.dirname(current);
  const keep = new Set([path.basename(current), path.basename(current).replace(/\.tar\.gz$/, '')]);
  for (const name of fs.readdirSync(dir)) {
    if (/^pglite-[0-9a-f]{16}(\.tar\.gz)?$/.test(name) && !keep.has(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}
