// Issue 5 target: the JavaScript a browser must download before the app shows its first screen
// is ≤ 250 KB gzipped (charts and feature pages load on demand). Builds the web app into a
// temporary directory (other work keeps using apps/web/dist), reads the index.html it wrote and
// sums the gzip size of the entry script and of every module it preloads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { root } from '../scripts/lib/build.mjs';

const TARGET_KB = 250;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotis-web-bundle-'));

try {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: path.join(root, 'apps/web'),
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the web build failed');

  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1]);
  const initial = [...new Set([...entries, ...preloads])];
  const sizeOf = (href) => {
    const bytes = fs.readFileSync(path.join(outDir, href.replace(/^\//, '')));
    return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

  let rawTotal = 0;
  let gzipTotal = 0;
  for (const href of initial) {
    const { raw, gzip } = sizeOf(href);
    rawTotal += raw;
    gzipTotal += gzip;
    console.log(`  ${href.padEnd(48)} ${kb(raw).padStart(10)}  gzip ${kb(gzip).padStart(9)}`);
  }
  const lazy = fs.readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.js') && !initial.some((href) => href.endsWith(`/${name}`)));
  const echarts = lazy.filter((name) => /echarts|install|chart/i.test(name));
  console.log(`initial JavaScript: ${initial.length} file(s), ${kb(rawTotal)} raw, ${kb(gzipTotal)} gzipped`);
  console.log(`target ≤ ${TARGET_KB} KB gzipped: ratio ${(gzipTotal / 1024 / TARGET_KB).toFixed(2)} (${gzipTotal / 1024 <= TARGET_KB ? 'met' : 'MISSED'})`);
  console.log(`loaded on demand: ${lazy.length} chunk(s)${echarts.length ? `, chart chunks: ${echarts.join(', ')}` : ''}`);
  if (gzipTotal / 1024 > TARGET_KB) process.exitCode = 1;
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
