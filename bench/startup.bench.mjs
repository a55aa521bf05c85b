// Issue 2 target, embedded mode: cold start to the first page served ≤ 3 s, resident memory ≤ 300 MB
// with the demo data. Runs the production build on a fresh data directory (first start: migrations +
// demo seed) and again on the same directory (restart), 3 times each, and prints the worst figures.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, root } from '../scripts/lib/build.mjs';

const TARGET_START_MS = 3000;
const TARGET_RSS_MB = 300;
const RUNS = 3;

buildIfStale(['web', 'server']);

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function waitForPage(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes('<html')) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the server did not serve its first page within 30 s');
}

async function waitForReady(url, deadline) {
  while (Date.now() < deadline) {
    if ((await fetch(url).catch(() => null))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the API was not ready within 30 s');
}

async function measure(dataDir, port) {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PILOTIS_DEMO: '1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForPage(`${base}/`, Date.now() + 30_000);
    const startMs = performance.now() - started;
    // The page shows as soon as the database is migrated; the API answers once the demo exists.
    await waitForReady(`${base}/api/health`, Date.now() + 30_000);
    const readyMs = performance.now() - started;
    // Exercise the app a little (sign in, read the organisation) before reading memory.
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.pilotis.fr', password: 'pilotis-demo' }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    for (let i = 0; i < 20; i++) {
      await fetch(`${base}/api/org-units`, { headers: { cookie } });
      await fetch(`${base}/api/users`, { headers: { cookie } });
    }
    return { startMs, readyMs, rssMb: rssMb(child.pid) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const results = { first: [], restart: [] };
for (let run = 0; run < RUNS; run++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotis-bench-'));
  results.first.push(await measure(dataDir, 3400 + run));
  results.restart.push(await measure(dataDir, 3450 + run));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const worst = (list, key) => Math.max(...list.map((r) => r[key]));
const line = (label, list) => {
  const ms = worst(list, 'startMs');
  const mb = worst(list, 'rssMb');
  return `${label.padEnd(34)} first page ${ms.toFixed(0).padStart(5)} ms (${(ms / TARGET_START_MS).toFixed(2)} × target 3 s)   API ready ${worst(list, 'readyMs').toFixed(0).padStart(5)} ms   RSS ${mb.toFixed(0).padStart(4)} MB (${(mb / TARGET_RSS_MB).toFixed(2)} × target 300 MB)`;
};
console.log(`startup benchmark, embedded PGlite, worst of ${RUNS} runs`);
console.log(line('first start (migrate + demo seed)', results.first));
console.log(line('restart on existing data', results.restart));
