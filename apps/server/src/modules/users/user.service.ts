import type { UserCreateInput, UserUpdateInput } from '@pilotis/shared';
import { userCreateInputSchema } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { createInvitation } from '../auth/invitation.service.js';
import { hashPassword } from '../auth/password.js';
import { existingOrgUnitIds } from '../org-units/org-unit.repository.js';
import { lockOrganization } from '../organizations/organization.repository.js';
import { auditedUser } from './user.presenter.js';
import {
  countActiveAdmins,
  findMember,
  findUserByEmail,
  insertMembershipIfAbsent,
  insertUserIfAbsent,
  listMembers,
  replaceMembershipUnits,
  updateMembership,
  updateUser,
} from './user.repository.js';

const scope = scopeOf;
const audit = auditContextOf;

export async function listPeople(ctx: AppContext, actor: MemberActor) {
  return listMembers(ctx.db, scope(actor), ctx.clock.now());
}

export async function getPerson(ctx: AppContext, actor: MemberActor, userId: string) {
  const record = await findMember(ctx.db, { ...scope(actor), userId }, ctx.clock.now());
  if (!record) throw notFound('Utilisateur');
  return record;
}

/**
 * Adds a person to the collectivité. A new account gets either the temporary password given
 * (to change at first sign-in) or an invitation link; an existing account (another
 * collectivité) just gains a membership and keeps its password.
 */
export async function createPerson(ctx: AppContext, actor: MemberActor, rawInput: UserCreateInput) {
  authorize(actor, 'organization.manageMembers', scope(actor));
  const input = userCreateInputSchema.parse(rawInput);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return ctx.db.transaction(async (tx) => {
    await requireUnits(tx, actor, input.orgUnitIds);
    const now = ctx.clock.now();
    const duplicate = () => conflict('Une personne avec cette adresse e-mail existe déjà dans la collectivité');
    // Two requests may add the same new e-mail at once: the unique index decides, and the loser
    // reads the account the winner created (committed by then) instead of failing with a 500.
    const user =
      (await findUserByEmail(tx, input.email)) ??
      (await insertUserIfAbsent(tx, {
        id: newId(),
        email: input.email,
        name: input.name,
        passwordHash,
        mustChangePassword: passwordHash !== null,
        createdAt: now,
        updatedAt: now,
      })) ??
      (await findUserByEmail(tx, input.email))!;
    if (await findMember(tx, { ...scope(actor), userId: user.id }, now)) throw duplicate();
    const membership = await insertMembershipIfAbsent(tx, {
      organizationId: actor.organizationId,
      userId: user.id,
      orgRole: input.orgRole,
      createdAt: now,
      updatedAt: now,
    });
    if (!membership) throw duplicate();
    await replaceMembershipUnits(tx, { ...scope(actor), userId: user.id }, input.orgUnitIds);
    const invitationToken = user.passwordHash ? undefined : await createInvitation(tx, ctx, { ...scope(actor), userId: user.id });
    const record = (await findMember(tx, { ...scope(actor), userId: user.id }, now))!;
    await recordChange(tx, audit(ctx, actor), { entityType: 'user', entityId: user.id, action: 'create', before: null, after: auditedUser(record) });
    return { record, invitationToken };
  });
}

/** Rename, change role, attach to units, (de)activate; the collectivité always keeps an active admin. */
export async function updatePerson(ctx: AppContext, actor: MemberActor, userId: string, input: UserUpdateInput) {
  return ctx.db.transaction(async (tx) => {
    // Role and status changes are checked against the other admins: no two at once.
    if (input.orgRole !== undefined || input.active !== undefined) await lockOrganization(tx, actor.organizationId);
    const now = ctx.clock.now();
    const current = await findMember(tx, { ...scope(actor), userId }, now);
    if (!current) throw notFound('Utilisateur');
    const resource = { id: userId, organizationId: actor.organizationId };
    authorize(actor, 'user.update', resource);
    if (current.membership.version !== input.version) throw conflict();
    if (input.orgRole !== undefined && input.orgRole !== current.membership.orgRole) authorize(actor, 'user.changeRole', resource);
    if (input.active !== undefined && input.active !== current.membership.active) authorize(actor, 'user.deactivate', resource);
    const updated = await updateMembership(tx, { ...scope(actor), userId, version: input.version }, { orgRole: input.orgRole, active: input.active, updatedAt: now });
    if (!updated) throw conflict();
    if (input.name !== undefined) await updateUser(tx, userId, { name: input.name, updatedAt: now });
    if (input.orgUnitIds !== undefined) {
      await requireUnits(tx, actor, input.orgUnitIds);
      await replaceMembershipUnits(tx, { ...scope(actor), userId }, [...new Set(input.orgUnitIds)]);
    }
    if ((await countActiveAdmins(tx, scope(actor))) === 0) {
      throw new AppError(409, 'conflict', 'La collectivité doit garder au moins un administrateur actif');
    }
    const record = (await findMember(tx, { ...scope(actor), userId }, now))!;
    await recordChange(tx, audit(ctx, actor), { entityType: 'user', entityId: userId, action: 'update', before: auditedUser(current), after: auditedUser(record) });
    return record;
  });
}

/** A new invitation link for someone who has not set a password yet (the old links stop working). */
export async function reinvitePerson(ctx: AppContext, actor: MemberActor, userId: string) {
  authorize(actor, 'organization.manageMembers', scope(actor));
  return ctx.db.transaction(async (tx) => {
    const record = await findMember(tx, { ...scope(actor), userId }, ctx.clock.now());
    if (!record) throw notFound('Utilisateur');
    if (record.user.passwordHash) throw conflict('Cette personne a déjà un mot de passe');
    return createInvitation(tx, ctx, { ...scope(actor), userId });
  });
}

async function requireUnits(db: DbOrTx, actor: MemberActor, unitIds: string[]) {
  if (unitIds.length === 0) return;
  const unique = [...new Set(unitIds)];
  const found = await existingOrgUnitIds(db, { ...scope(actor), ids: unique });
  if (found.length !== unique.length) throw invalid([{ path: 'orgUnitIds', message: 'Unité introuvable dans la collectivité' }]);
}
