import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

/** A background job (an import, a report) is followed by whoever asked for it, and by admins. */
export const jobRules = {
  'job.read': (actor, job) => sameOrganization(actor, job) && (job.createdBy === actor.userId || isAdmin(actor)),
} satisfies Record<string, Rule<Scoped & { createdBy: string | null }>>;
