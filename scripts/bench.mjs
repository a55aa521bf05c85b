// `npm run bench`: runs every bench/*.bench.mjs in turn (not part of `npm test`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './lib/build.mjs';

// `npm run bench -- indicators --pglite`: the first word picks the benches, the flags go to each.
const only = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const files = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)));
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, [path.join(root, 'bench', file), ...flags], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
