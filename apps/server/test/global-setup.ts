import { buildPgliteTemplate } from '../src/db/client.js';

/** Once per run: the migrated PGlite template each test file's in-memory database starts from. */
export default async function setup() {
  await buildPgliteTemplate();
}
