import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { newId } from '../../lib/tokens.js';
import { recordChange } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { findUserByEmail, insertMembership, insertUser } from '../users/user.repository.js';
import { defaultStatuses } from '@pilotis/shared';
import { insertStatuses } from '../statuses/status.repository.js';
import { insertOrganization } from './organization.repository.js';

/** Creates a collectivité (installation tool, demo): not an API action, so no actor. */
export async function createOrganization(tx: DbOrTx, ctx: Pick<AppContext, 'clock'>, name: string) {
  const now = ctx.clock.now();
  const org = await insertOrganization(tx, { id: newId(), name, createdAt: now, updatedAt: now });
  await insertStatuses(
    tx,
    defaultStatuses.map((status, position) => ({ id: newId(), organizationId: org.id, ...status, position, createdAt: now, updatedAt: now })),
  );
  await recordChange(tx, { organizationId: org.id, actorUserId: null, clock: ctx.clock }, {
    entityType: 'organization',
    entityId: org.id,
    action: 'create',
    before: null,
    after: { name },
  });
  return org;
}

/**
 * Adds a person to a collectivité outside the API (installation tool, demo). An existing account
 * keeps its password; a new one gets the given password.
 */
export async function addMemberDirectly(
  tx: DbOrTx,
  ctx: Pick<AppContext, 'clock'>,
  input: { organizationId: string; email: string; name: string; orgRole: 'admin' | 'member'; password: string; passwordHash?: string; mustChangePassword?: boolean },
) {
  const now = ctx.clock.now();
  const email = input.email.trim().toLowerCase();
  const user =
    (await findUserByEmail(tx, email)) ??
    (await insertUser(tx, {
      id: newId(),
      email,
      name: input.name,
      passwordHash: input.passwordHash ?? (await hashPassword(input.password)),
      mustChangePassword: input.mustChangePassword ?? false,
      createdAt: now,
      updatedAt: now,
    }));
  await insertMembership(tx, { organizationId: input.organizationId, userId: user.id, orgRole: input.orgRole, createdAt: now, updatedAt: now });
  await recordChange(tx, { organizationId: input.organizationId, actorUserId: null, clock: ctx.clock }, {
    entityType: 'user',
    entityId: user.id,
    action: 'create',
    before: null,
    after: { email, name: user.name, orgRole: input.orgRole, active: true },
  });
  return user;
}
