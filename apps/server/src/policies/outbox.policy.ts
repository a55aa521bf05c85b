import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

/** The outbox shows every e-mail of the collectivité (addresses, report contents): admins only. */
export const outboxRules = {
  'outbox.read': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
  'outbox.retry': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
} satisfies Record<string, Rule<Scoped>>;
