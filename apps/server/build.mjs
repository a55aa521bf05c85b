// Bundles the server (and the shared package it imports) into dist/; npm packages stay external.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => name !== '@pilotis/shared');

await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: { main: 'src/main.ts', cli: 'src/cli-main.ts', 'build-template': 'src/build-template.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external, 'pg-native'],
  logLevel: 'warning',
});

// The migrated, empty embedded database that new installs start from (skips PGlite's slow initdb).
const template = spawnSync(process.execPath, ['dist/build-template.js'], { cwd: new URL('.', import.meta.url).pathname, stdio: 'inherit' });
if (template.status !== 0) process.exit(template.status ?? 1);
