// Bundles the server (and the shared package it imports) into dist/; npm packages stay external.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => name !== '@pilotis/shared');

// Chunks are named by content: drop those of earlier builds.
const dist = new URL('./dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
for (const file of readdirSync(dist, { withFileTypes: true }).filter((entry) => entry.isFile() && /\.js(\.map)?$/.test(entry.name))) rmSync(new URL(file.name, dist));

await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: { main: 'src/main.ts', cli: 'src/cli-main.ts', 'build-template': 'src/build-template.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Split: what a module imports dynamically (report writers, with pdfkit, docx, ECharts) loads when first used.
  splitting: true,
  target: 'node20',
  sourcemap: true,
  external: [...external, 'pg-native'],
  logLevel: 'warning',
});

// The migrated, empty embedded database that new installs start from (skips PGlite's slow initdb).
const template = spawnSync(process.execPath, ['dist/build-template.js'], { cwd: new URL('.', import.meta.url).pathname, stdio: 'inherit' });
if (template.status !== 0) process.exit(template.status ?? 1);
