// Issue 5 target: the strategy map of the largest plan of the "région" dataset is interactive in
// ≤ 1 s in headless Chromium; also the API's p50/p95 (GET /api/plans/:id/strategy-map).
// How: fresh database → dataset (bench-dataset.ts) → settle → the production build (server and
// web) started as its own process → API timed over HTTP on loopback → the page /plans/:id/carte
// opened again and again in /usr/bin/chromium (one browser context, so the app's files are cached
// after the first visit, as for someone who uses Pilotis every day): « interactive » is the first
// animation frame after the map's links are in the page, timed from the navigation's start by the
// page's own clock (performance.now()). Both at the default depth (the server's rule) and with every
// level shown (all 1,500 fiches as chips).
// PostgreSQL by default (DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres); --pglite or
// BENCH_DB=pglite for the embedded database.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildIfStale, root } from '../scripts/lib/build.mjs';
import { benchKind, childEnv, freshDatabase, runTs } from './lib/bench-db.mjs';
import { percentile, waitForServer } from './lib/http-bench.mjs';

const TARGET_INTERACTIVE_MS = 1000;
const API_RUNS = 60;
const API_WARMUP = 10;
const PAGE_RUNS = 12;
const PAGE_WARMUP = 2;
const PORT = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${PORT}`;
const { chromium } = createRequire(path.join(root, 'e2e/package.json'))('@playwright/test');

const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

async function timeApi(url, cookie) {
  const first = await fetch(url, { headers: { cookie } });
  const body = await first.text();
  if (first.status !== 200) throw new Error(`${url}: HTTP ${first.status} ${body.slice(0, 200)}`);
  const samples = [];
  for (let i = 0; i < API_WARMUP + API_RUNS; i++) {
    const started = performance.now();
    await (await fetch(url, { headers: { cookie } })).text();
    if (i >= API_WARMUP) samples.push(performance.now() - started);
  }
  const { data } = JSON.parse(body);
  return { samples, bytes: body.length, data };
}

/** Records, in the page, the first frame after the map's links exist (ms since navigation start). */
const markReady = () => {
  const check = () => {
    if (window.__mapReady || !document.querySelector('[data-testid="strategy-map"] a')) return false;
    window.__mapReady = -1;
    requestAnimationFrame(() => setTimeout(() => (window.__mapReady = performance.now()), 0));
    return true;
  };
  new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, { childList: true, subtree: true });
};

async function timePage(context, url) {
  const samples = [];
  let chips = 0;
  for (let i = 0; i < PAGE_WARMUP + PAGE_RUNS; i++) {
    const page = await context.newPage();
    await page.addInitScript(markReady);
    await page.goto(url);
    await page.waitForFunction(() => window.__mapReady > 0, null, { timeout: 30_000 });
    const ready = await page.evaluate(() => window.__mapReady);
    chips = await page.locator('[data-testid="strategy-map"] a').count();
    await page.close();
    if (i >= PAGE_WARMUP) samples.push(ready);
  }
  return { samples, links: chips };
}

const kind = benchKind();
buildIfStale(['server', 'web']);
const database = await freshDatabase(kind);
let server;
let browser;
try {
  console.log(`strategy map benchmark on ${database.label}`);
  const dataset = runTs('bench-dataset.ts', database.env);
  console.log(`dataset "région": ${dataset.counts.actions} fiches, ${dataset.counts.nodes} nodes — generated in ${dataset.seconds.toFixed(1)} s`);
  await database.settle();
  server = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    env: childEnv({ ...database.env, PORT: String(PORT), HOST: '127.0.0.1', PILOTIS_DEMO: '0', LOG_LEVEL: 'warn', JOBS: '0' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(base, 90_000);
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@region.bench', password: 'pilotis-bench' }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const planId = dataset.largestPlanId;

  console.log(`largest plan: ${planId}; API: ${API_RUNS} timed requests after ${API_WARMUP} warm-up, HTTP on loopback to the built server`);
  const apiCases = [
    { label: 'GET /api/plans/:id/strategy-map', query: '' },
    { label: '… ?depth=5 (every level, every fiche)', query: '?depth=5' },
    { label: '… ?indicators=true', query: '?indicators=true' },
  ];
  for (const c of apiCases) {
    const { samples, bytes, data } = await timeApi(`${base}/api/plans/${planId}/strategy-map${c.query}`, cookie);
    const shown = data.nodes.filter((node) => !node.collapsed).length;
    console.log(
      `${c.label.padEnd(42)} p50 ${fmt(percentile(samples, 50))}  p95 ${fmt(percentile(samples, 95))}   (depth ${data.depth}: ${shown} of ${data.nodes.length} nodes shown, ${data.actions.length} fiches listed${data.actionsTruncated ? ', truncated' : ''}; ${(bytes / 1024).toFixed(0)} KB)`,
    );
  }

  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'fr-FR' });
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/' }]);
  console.log(`page: ${PAGE_RUNS} timed visits after ${PAGE_WARMUP} warm-up in headless Chromium (1600×1000), from navigation start to the first frame with the map's links`);
  for (const c of [
    { label: '/plans/:id/carte (default depth)', query: '' },
    { label: '/plans/:id/carte?niveaux=5 (every fiche)', query: '?niveaux=5' },
  ]) {
    const { samples, links } = await timePage(context, `${base}/plans/${planId}/carte${c.query}`);
    const p50 = percentile(samples, 50);
    console.log(
      `${c.label.padEnd(42)} p50 ${fmt(p50)}  p95 ${fmt(percentile(samples, 95))}   (${(p50 / TARGET_INTERACTIVE_MS).toFixed(2)} × target 1 s; ${links} links on the map)`,
    );
  }
} finally {
  if (browser) await browser.close();
  if (server) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  await database.drop();
}
