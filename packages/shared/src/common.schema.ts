import { z } from 'zod';

export const idSchema = z.uuid();
export const isoDateTime = z.string();

/** Optimistic concurrency: every update carries the version it was based on. */
export const versionSchema = z.number().int().min(1);

export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  /** A review decision applied once already (reviews). */
  'already_applied',
  /** A project asked to move to a stage its lifecycle does not allow from where it is. */
  'transition_not_allowed',
  'rate_limited',
  'payload_too_large',
  'starting',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A resource travels with what the current actor may do with it. */
export const abilitiesSchema = z.record(z.string(), z.boolean());
export type Abilities = z.infer<typeof abilitiesSchema>;

export function resourceSchema<T extends z.ZodType>(data: T) {
  return z.object({ data, can: abilitiesSchema });
}
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item) });
}
