import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

/** API tokens and connectors open the collectivité to other software: administrators only. */
export const integrationRules = {
  'apiToken.manage': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
  'connector.manage': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
} satisfies Record<string, Rule<Scoped>>;
