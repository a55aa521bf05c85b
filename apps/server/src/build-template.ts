import { buildPgliteTemplate } from './db/client.js';

// Build step: the migrated, empty embedded database that new installs and tests start from.
console.log(`Modèle de base embarquée : ${await buildPgliteTemplate()}`);
