// `npm run dev`: the API with reload (tsx watch) on :3000 and the web app with hot reload (Vite) on :5173.
import { spawn } from 'node:child_process';
import { checkNodeVersion, root } from './lib/build.mjs';

checkNodeVersion();
const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'apps/server/src/main.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' } }),
  spawn('npx', ['vite', '--port', '5173'], { cwd: `${root}/apps/web`, stdio: 'inherit' }),
];
console.log('Développement : ouvrez http://localhost:5173 (API sur http://localhost:3000)');
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
