import type { statusCreateInputSchema, statusUpdateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { auditedStatus } from './status.presenter.js';
import { findStatus, insertStatuses, listStatuses, nextStatusPosition, updateStatus } from './status.repository.js';

type CreateInput = z.output<typeof statusCreateInputSchema>;
type UpdateInput = z.output<typeof statusUpdateInputSchema>;

export async function listOrganizationStatuses(ctx: AppContext, actor: MemberActor) {
  return listStatuses(ctx.db, scopeOf(actor));
}

export async function createStatus(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  authorize(actor, 'organization.update', scopeOf(actor));
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const position = input.position ?? (await nextStatusPosition(tx, scopeOf(actor)));
    const [row] = await insertStatuses(tx, [
      { id: newId(), organizationId: actor.organizationId, label: input.label, category: input.category, position, createdAt: now, updatedAt: now },
    ]);
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'status', entityId: row!.id, action: 'create', before: null, after: auditedStatus(row!) });
    return row!;
  });
}

/**
 * Rename, recategorise, reorder, (de)activate. Statuses are never deleted: actions keep pointing
 * to them, so a status nobody should pick any more is deactivated instead.
 */
export async function changeStatus(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await findStatus(tx, { ...scopeOf(actor), id });
    if (!current) throw notFound('Statut');
    authorize(actor, 'organization.update', scopeOf(actor));
    if (current.version !== input.version) throw conflict();
    const updated = await updateStatus(
      tx,
      { ...scopeOf(actor), id, version: input.version },
      { label: input.label, category: input.category, position: input.position, active: input.active, updatedAt: ctx.clock.now() },
    );
    if (!updated) throw conflict();
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'status',
      entityId: id,
      action: 'update',
      before: auditedStatus(current),
      after: auditedStatus(updated),
    });
    return updated;
  });
}
