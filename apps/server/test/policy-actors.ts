import type { PlanRole } from '@pilotis/shared';
import type { MemberActor } from '../src/http/actor.js';

/** The collectivités of the policy matrix tests: the actor's own, and another one. */
export const HERE = '11111111-1111-4111-8111-111111111111';
export const ELSEWHERE = '22222222-2222-4222-8222-222222222222';

/** A member as the rules see them: only who they are, where, and their role there matter. */
export const matrixActor = (userId: string, { organizationId = HERE, admin = false } = {}): MemberActor => ({
  userId,
  name: userId,
  email: 'x@example.fr',
  sessionId: 's',
  csrfToken: 'c',
  organizationId,
  orgRole: admin ? 'admin' : 'member',
  unitIds: [],
});

/** The plan role a matrix row names (« manager », « contributor », « reader »), or none. */
export const planRoleOf = (who: string): PlanRole | null => (['manager', 'contributor', 'reader'].includes(who) ? (who as PlanRole) : null);
