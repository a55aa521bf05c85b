// `npm start`: build what is not built yet, then serve the production build.
import { buildIfStale, checkNodeVersion } from './lib/build.mjs';

checkNodeVersion();
buildIfStale(['web', 'server']);
await import('../apps/server/dist/main.js');
