import { wouldCreateCycle, type OrgUnitCreateInput, type OrgUnitUpdateInput } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { auditedOrgUnit } from './org-unit.presenter.js';
import { lockOrganization } from '../organizations/organization.repository.js';
import { findOrgUnit, insertOrgUnit, listOrgUnits, updateOrgUnit } from './org-unit.repository.js';

const scope = scopeOf;
const audit = auditContextOf;

export async function listUnits(ctx: AppContext, actor: MemberActor) {
  return listOrgUnits(ctx.db, scope(actor));
}

export async function getUnit(ctx: AppContext, actor: MemberActor, id: string) {
  const row = await findOrgUnit(ctx.db, { ...scope(actor), id });
  if (!row) throw notFound('Unité');
  return row;
}

export async function createUnit(ctx: AppContext, actor: MemberActor, input: OrgUnitCreateInput) {
  authorize(actor, 'organization.manageUnits', scope(actor));
  return ctx.db.transaction(async (tx) => {
    if (input.parentId) await requireParent(tx, actor, input.parentId);
    const now = ctx.clock.now();
    const row = await insertOrgUnit(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      parentId: input.parentId ?? null,
      name: input.name,
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, audit(ctx, actor), {
      entityType: 'orgUnit',
      entityId: row.id,
      action: 'create',
      before: null,
      after: auditedOrgUnit(row),
    });
    return row;
  });
}

/** Rename, move (no cycles) and (de)activate, with optimistic concurrency. */
export async function updateUnit(ctx: AppContext, actor: MemberActor, id: string, input: OrgUnitUpdateInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await findOrgUnit(tx, { ...scope(actor), id });
    if (!current) throw notFound('Unité');
    authorize(actor, 'orgUnit.update', current);
    if (current.version !== input.version) throw conflict();
    if (input.parentId !== undefined && input.parentId !== current.parentId && input.parentId !== null) {
      await requireParent(tx, actor, input.parentId);
      await lockOrganization(tx, actor.organizationId);
      const all = await listOrgUnits(tx, scope(actor));
      if (wouldCreateCycle(all, id, input.parentId)) {
        throw invalid([{ path: 'parentId', message: 'Une unité ne peut pas être placée sous elle-même ou sous une de ses sous-unités' }]);
      }
    }
    const updated = await updateOrgUnit(
      tx,
      { ...scope(actor), id, version: input.version },
      { name: input.name, parentId: input.parentId, active: input.active, updatedAt: ctx.clock.now() },
    );
    if (!updated) throw conflict();
    await recordChange(tx, audit(ctx, actor), {
      entityType: 'orgUnit',
      entityId: id,
      action: 'update',
      before: auditedOrgUnit(current),
      after: auditedOrgUnit(updated),
    });
    return updated;
  });
}

async function requireParent(db: Parameters<typeof findOrgUnit>[0], actor: MemberActor, parentId: string) {
  const parent = await findOrgUnit(db, { ...scope(actor), id: parentId });
  if (!parent) throw invalid([{ path: 'parentId', message: 'Unité parente introuvable' }]);
  return parent;
}
