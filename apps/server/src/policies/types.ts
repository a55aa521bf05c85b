import type { MemberActor } from '../http/actor.js';

/** A resource as policies see it: the tenant it belongs to, plus whatever a rule needs. */
export interface Scoped {
  organizationId: string;
}

export type Rule<R = Scoped> = (actor: MemberActor, resource: R) => boolean;

export const isAdmin = (actor: MemberActor) => actor.orgRole === 'admin';
export const sameOrganization = (actor: MemberActor, resource: Scoped) => resource.organizationId === actor.organizationId;
