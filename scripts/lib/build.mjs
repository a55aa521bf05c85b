// Builds what is missing or older than its sources, so `npm start` works on a fresh clone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const targets = {
  web: {
    workspace: '@pilotis/web',
    output: 'apps/web/dist/index.html',
    sources: ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/public', 'packages/shared/src'],
  },
  server: {
    workspace: '@pilotis/server',
    output: 'apps/server/dist/main.js',
    sources: ['apps/server/src', 'apps/server/build.mjs', 'apps/server/drizzle', 'packages/shared/src'],
  },
};

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((name) => newestMtime(path.join(entry, name))));
}

export function isStale(name) {
  const target = targets[name];
  const output = path.join(root, target.output);
  if (!fs.existsSync(output)) return true;
  return Math.max(...target.sources.map(newestMtime)) > fs.statSync(output).mtimeMs;
}

export function buildIfStale(names) {
  for (const name of names) {
    if (!isStale(name)) continue;
    console.log(`Construction de ${name}…`);
    const result = spawnSync('npm', ['run', 'build', '--silent', '-w', targets[name].workspace], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`La construction de ${name} a échoué.`);
      process.exit(result.status ?? 1);
    }
  }
}

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Pilotis demande Node.js 20.19 ou plus récent (version actuelle : ${process.versions.node}).`);
    process.exit(1);
  }
}
