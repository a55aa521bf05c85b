import type { OrgRole } from '@pilotis/shared';
import type { FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from './errors.js';

/** Who is asking, inside which collectivité. Built from the session on every request. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  sessionId: string;
  csrfToken: string;
  organizationId: string | null;
  orgRole: OrgRole | null;
  unitIds: string[];
}

/** An actor acting inside a collectivité: what every business route needs. */
export type MemberActor = Actor & { organizationId: string; orgRole: OrgRole };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export function requireMember(request: FastifyRequest): MemberActor {
  const actor = requireActor(request);
  if (!actor.organizationId || !actor.orgRole) {
    throw new AppError(403, 'forbidden', 'Aucune collectivité active pour ce compte');
  }
  return actor as MemberActor;
}

/** The tenant filter every repository call takes. */
export const scopeOf = (actor: MemberActor) => ({ organizationId: actor.organizationId });
