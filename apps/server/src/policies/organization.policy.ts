import { isAdmin, sameOrganization, type Rule } from './types.js';

export const organizationRules = {
  'organization.read': (actor, org) => sameOrganization(actor, org),
  'organization.update': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
  'organization.manageMembers': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
  'organization.manageUnits': (actor, org) => sameOrganization(actor, org) && isAdmin(actor),
} satisfies Record<string, Rule>;
