// `npm run admin -- <command> …`: the installation tool (create-organization, create-user, reset-password).
import { buildIfStale, checkNodeVersion } from './lib/build.mjs';

checkNodeVersion();
buildIfStale(['server']);
await import('../apps/server/dist/cli.js');
