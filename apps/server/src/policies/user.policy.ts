import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

export type UserResource = Scoped & { id: string };

/** Members see who works in their collectivité; admins manage them; nobody demotes themself by mistake. */
export const userRules = {
  'user.read': (actor, user) => sameOrganization(actor, user),
  'user.update': (actor, user) => sameOrganization(actor, user) && isAdmin(actor),
  'user.changeRole': (actor, user) => sameOrganization(actor, user) && isAdmin(actor) && user.id !== actor.userId,
  'user.deactivate': (actor, user) => sameOrganization(actor, user) && isAdmin(actor) && user.id !== actor.userId,
  'user.readHistory': (actor, user) => sameOrganization(actor, user) && (isAdmin(actor) || user.id === actor.userId),
} satisfies Record<string, Rule<UserResource>>;
