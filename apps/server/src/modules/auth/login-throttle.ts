import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { clearThrottle, findThrottle, saveThrottle } from './auth.repository.js';

/** Failed sign-ins allowed per window: per account (guessing one password) and per address (spraying). */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

const keys = (email: string, ip: string) => [
  { key: `email:${email.trim().toLowerCase()}`, max: MAX_FAILURES_PER_EMAIL },
  { key: `ip:${ip}`, max: MAX_FAILURES_PER_IP },
];

export async function assertNotThrottled(ctx: AppContext, email: string, ip: string) {
  const now = ctx.clock.now().getTime();
  for (const { key, max } of keys(email, ip)) {
    const row = await findThrottle(ctx.db, key);
    if (row && now - row.windowStartedAt.getTime() < THROTTLE_WINDOW_MS && row.failures >= max) {
      throw new AppError(429, 'rate_limited', 'Trop de tentatives de connexion ; réessayez dans quelques minutes');
    }
  }
}

export async function recordFailure(ctx: AppContext, email: string, ip: string) {
  const now = ctx.clock.now();
  for (const { key } of keys(email, ip)) {
    const row = await findThrottle(ctx.db, key);
    const fresh = !row || now.getTime() - row.windowStartedAt.getTime() >= THROTTLE_WINDOW_MS;
    await saveThrottle(ctx.db, { key, failures: fresh ? 1 : row.failures + 1, windowStartedAt: fresh ? now : row.windowStartedAt });
  }
}

export async function clearFailures(ctx: AppContext, email: string) {
  await clearThrottle(ctx.db, `email:${email.trim().toLowerCase()}`);
}
