import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from '../../scripts/lib/build.mjs';
import { childEnv, freshDatabase } from './bench-db.mjs';

/** What the HTTP benchmarks share: percentiles, waiting for the server, a checked first answer, timed runs. */

export const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export async function waitForServer(base, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** The first answer, checked: a missing or failing endpoint is reported, not timed. */
export async function probe(url, cookie) {
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.text();
  if (response.status !== 200) return { missing: true, status: response.status, body: body.slice(0, 200) };
  return { bytes: body.length, json: JSON.parse(body) };
}

/**
 * `warmup` untimed then `runs` timed runs of each (a run resolves with its own duration, ms);
 * `together` alternates them, and which goes first, so both sides see the same load.
 */
export async function sample(runs, { together, count, warmup }) {
  const samples = runs.map(() => []);
  for (let i = 0; i < warmup; i++) for (const run of runs) await run();
  if (together) {
    for (let i = 0; i < count; i++) {
      const order = i % 2 ? [...runs.keys()].reverse() : [...runs.keys()];
      for (const k of order) samples[k].push(await runs[k]());
    }
  } else {
    for (const [k, run] of runs.entries()) for (let i = 0; i < count; i++) samples[k].push(await run());
  }
  return samples;
}

/** The built server on `port`, on the benchmark database, without demo, jobs or chatter. */
export function startBuiltServer(databaseEnv, port) {
  return spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    env: childEnv({ ...databaseEnv, PORT: String(port), HOST: '127.0.0.1', PILOTIS_DEMO: '0', LOG_LEVEL: 'warn', JOBS: '0' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Signs in the région dataset's admin; answers the session cookie. */
export async function signInBenchAdmin(base) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@region.bench', password: 'pilotis-bench' }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  return login.headers.get('set-cookie').split(';')[0];
}

/** Stops a server started by `startBuiltServer` and waits for it to exit. */
export async function stopServer(server) {
  if (!server || server.exitCode !== null) return;
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}

/** A new collectivité and its admin on the benchmark database, through the built CLI. */
export function createBenchOrganization(databaseEnv, { name, email, password }) {
  const cli = path.join(root, 'apps/server/dist/cli.js');
  const args = ['create-organization', '--name', name, '--admin-email', email, '--admin-name', 'Admin bench', '--admin-password', password];
  const result = spawnSync(process.execPath, [cli, ...args], { env: childEnv(databaseEnv), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`create-organization failed: ${result.stderr || result.stdout}`);
}

/**
 * Signs in and answers `request(method, url, body)`: cookie + CSRF header, a body sent as JSON
 * (or as is when it is FormData), the parsed answer; an answer of 300 or more throws.
 */
export async function signInClient(base, email, password) {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const headers = { cookie: login.headers.get('set-cookie').split(';')[0], 'x-csrf-token': (await login.json()).data.csrfToken };
  return async (method, url, body) => {
    const json = body !== undefined && !(body instanceof FormData);
    const response = await fetch(`${base}${url}`, { method, headers: { ...headers, ...(json ? { 'content-type': 'application/json' } : {}) }, body: json ? JSON.stringify(body) : body });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };
}

/** Runs `benchOn(kind)` on each database in turn; a failure is reported and fails the process, the others still run. */
export async function benchOnEach(kinds, label, benchOn) {
  let failed = false;
  for (const kind of kinds) {
    try {
      await benchOn(kind);
    } catch (error) {
      failed = true;
      console.error(`${label} benchmark on ${kind} failed: ${error.stack ?? error}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

/**
 * A fresh database of `kind` with one collectivité and its admin, the built server on it, and the
 * admin signed in: `run({ database, request })`, then the server stopped and the database dropped.
 */
export async function withBenchServer(kind, { label, organization }, run) {
  const database = await freshDatabase(kind);
  let server;
  try {
    console.log(`\n${label} benchmark on ${database.label}`);
    createBenchOrganization(database.env, organization);
    const port = 3900 + Math.floor(Math.random() * 90);
    server = startBuiltServer(database.env, port);
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(base);
    await run({ database, request: await signInClient(base, organization.email, organization.password) });
  } finally {
    await stopServer(server);
    await database.drop();
  }
}
