import { ConfigError, parseConfig } from './config.js';
import { startServer } from './server.js';

try {
  await startServer(parseConfig(process.env));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Pilotis n’a pas pu démarrer :', error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
