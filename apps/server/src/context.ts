import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Clock } from './lib/clock.js';

/** What services need from the outside world; built once in buildApp, replaced in tests. */
export interface AppContext {
  db: Db;
  clock: Clock;
  config: Config;
}
