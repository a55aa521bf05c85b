// Serves the production build on a fresh, temporary embedded database with the demo collectivité.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale } from '../scripts/lib/build.mjs';

buildIfStale(['web', 'server']);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotis-e2e-'));
process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
// The job runner runs, as with `npm start`: imports and reports are jobs the journeys wait for.
Object.assign(process.env, { DATA_DIR: dataDir, PILOTIS_DEMO: '1', HOST: '127.0.0.1', JOBS: '1', PUBLIC_URL: `http://127.0.0.1:${process.env.PORT}` });
await import('../apps/server/dist/main.js');
