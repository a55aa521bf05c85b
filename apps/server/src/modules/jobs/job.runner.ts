import { hostname } from 'node:os';
import type { Db, DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/tokens.js';
import { claimNextJob, finishJob, insertJob, insertJobs } from './job.repository.js';
import { forgetJobProgress } from './job-progress.js';
import type { JobRow } from './job.table.js';

export type JobHandler = (job: JobRow) => Promise<Record<string, unknown> | void>;

export interface EnqueueOptions {
  kind: string;
  payload?: Record<string, unknown>;
  organizationId?: string | null;
  createdBy?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

/** Queues work; pass the transaction of the change that asks for it, so both commit together. */
export async function enqueueJob(db: DbOrTx, clock: Clock, options: EnqueueOptions) {
  return insertJob(db, jobValues(clock, options));
}

/** Many jobs queued in one insert (e.g. at start-up), each as enqueueJob would queue it. */
export async function enqueueJobs(db: DbOrTx, clock: Clock, options: EnqueueOptions[]) {
  return insertJobs(db, options.map((one) => jobValues(clock, one)));
}

function jobValues(clock: Clock, options: EnqueueOptions) {
  return {
    id: newId(),
    kind: options.kind,
    payload: options.payload ?? {},
    organizationId: options.organizationId ?? null,
    createdBy: options.createdBy ?? null,
    runAt: options.runAt ?? clock.now(),
    maxAttempts: options.maxAttempts ?? 3,
    createdAt: clock.now(),
  };
}

/** Retry after 30 s, 2 min, 8 min… */
export const retryDelayMs = (attempts: number) => 30_000 * 4 ** Math.max(0, attempts - 1);

export function createJobRunner(options: {
  db: Db;
  clock: Clock;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  lockMs?: number;
  onError?: (job: JobRow, error: unknown) => void;
}) {
  const workerId = `${hostname()}:${process.pid}:${newId().slice(0, 8)}`;
  const lockMs = options.lockMs ?? 10 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;
  let wakeRequested = false;

  async function runOne(job: JobRow) {
    const handler = options.handlers[job.kind];
    const now = () => options.clock.now();
    if (job.attempts > job.maxAttempts) {
      // Retaken after its lock expired once too often: the job kills or hangs its worker.
      const lastError = job.lastError ?? 'Tâche interrompue à chaque tentative (processus arrêté ou bloqué)';
      await finishJob(options.db, { id: job.id, workerId }, { status: 'failed', lastError, finishedAt: now() });
      return;
    }
    try {
      if (!handler) throw new Error(`Aucun traitement pour les tâches « ${job.kind} »`);
      const result = (await handler(job)) ?? {};
      await finishJob(options.db, { id: job.id, workerId }, { status: 'done', result, progress: 100, lastError: null, finishedAt: now() });
    } catch (error) {
      options.onError?.(job, error);
      const message = error instanceof Error ? error.message : String(error);
      const retry = job.attempts < job.maxAttempts;
      await finishJob(options.db, { id: job.id, workerId }, retry
        ? { status: 'queued', lastError: message, runAt: new Date(now().getTime() + retryDelayMs(job.attempts)) }
        : { status: 'failed', lastError: message, finishedAt: now() });
    } finally {
      forgetJobProgress(job.id);
    }
  }

  /** Runs every job due now, one after the other; returns how many ran. Tests call it directly. */
  async function runDue(): Promise<number> {
    let count = 0;
    for (;;) {
      const job = await claimNextJob(options.db, { workerId, now: options.clock.now(), lockMs });
      if (!job) return count;
      await runOne(job);
      count++;
    }
  }

  function schedule(delayMs: number) {
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    timer.unref();
  }

  function tick() {
    wakeRequested = false;
    running = runDue().catch(() => 0);
    void running.finally(() => {
      running = undefined;
      if (!stopped) schedule(wakeRequested ? 0 : (options.pollMs ?? 5000));
    });
  }

  return {
    workerId,
    runDue,
    start() {
      stopped = false;
      schedule(0);
    },
    /** Run due jobs now rather than at the next poll: called after a transaction that queued one. */
    wake() {
      if (stopped || timer === undefined) return;
      if (running) wakeRequested = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;
