import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Clock } from './lib/clock.js';

/** What services need from the outside world; built once in buildApp, replaced in tests. */
export interface AppContext {
  db: Db;
  clock: Clock;
  config: Config;
  /**
   * Asks the job runner to look for due jobs now; call it after committing a transaction that
   * queued one (a user waits on it). Unset in tests, which run jobs with `runDue()`.
   */
  wakeJobs?: () => void;
}
