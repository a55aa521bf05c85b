import { isAdmin, sameOrganization, type Rule } from './types.js';

/** Every member sees the organisation tree (to find a direction or a pilot); admins shape it. */
export const orgUnitRules = {
  'orgUnit.read': (actor, unit) => sameOrganization(actor, unit),
  'orgUnit.update': (actor, unit) => sameOrganization(actor, unit) && isAdmin(actor),
} satisfies Record<string, Rule>;
