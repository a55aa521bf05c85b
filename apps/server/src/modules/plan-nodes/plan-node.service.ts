import type { nodeCreateInputSchema, nodeUpdateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { existingOrgUnitIds } from '../org-units/org-unit.repository.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { lockPlan } from '../plans/plan.repository.js';
import { auditedNode } from './plan-node.presenter.js';
import {
  countActionsOnNodes,
  deletePlanNodes,
  findPlanNode,
  insertPlanNode,
  listPlanNodes,
  setPlanNodePositions,
  updatePlanNode,
} from './plan-node.repository.js';
import { renumber, siblingsOf, subtreeIds } from './plan-node.shape.js';

type CreateInput = z.output<typeof nodeCreateInputSchema>;
type UpdateInput = z.output<typeof nodeUpdateInputSchema>;

const cycleMessage = 'Un nœud ne peut pas être placé sous lui-même ou sous un de ses descendants';

/** A node of the plan the actor may shape, the plan locked so tree changes run one at a time. */
async function loadForShaping(tx: DbOrTx, actor: MemberActor, planId: string) {
  const { plan, resource } = await loadPlanForActor(tx, actor, planId);
  authorize(actor, 'plan.update', resource);
  await lockPlan(tx, { ...scopeOf(actor), id: planId });
  return { plan, resource, nodes: await listPlanNodes(tx, { ...scopeOf(actor), planId }) };
}

async function loadNode(tx: DbOrTx, actor: MemberActor, id: string) {
  const node = await findPlanNode(tx, { ...scopeOf(actor), id });
  if (!node) throw notFound('Nœud');
  return node;
}

async function requireUnit(tx: DbOrTx, actor: MemberActor, unitId: string | null | undefined) {
  if (!unitId) return;
  const found = await existingOrgUnitIds(tx, { ...scopeOf(actor), ids: [unitId] });
  if (found.length === 0) throw invalid([{ path: 'leadOrgUnitId', message: 'Unité introuvable' }]);
}

async function answer(tx: DbOrTx, actor: MemberActor, planId: string, id: string, loaded: Awaited<ReturnType<typeof loadForShaping>>) {
  const nodes = await listPlanNodes(tx, { ...scopeOf(actor), planId });
  return { node: nodes.find((n) => n.id === id)!, nodes, plan: loaded.plan, resource: loaded.resource };
}

export async function createNode(ctx: AppContext, actor: MemberActor, planId: string, input: CreateInput) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadForShaping(tx, actor, planId);
    const parentId = input.parentId ?? null;
    if (parentId && !loaded.nodes.some((n) => n.id === parentId)) throw invalid([{ path: 'parentId', message: 'Nœud parent introuvable dans ce plan' }]);
    await requireUnit(tx, actor, input.leadOrgUnitId);
    const siblings = siblingsOf(loaded.nodes, parentId);
    const position = Math.min(input.position ?? siblings.length, siblings.length);
    const now = ctx.clock.now();
    const row = await insertPlanNode(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      planId,
      parentId,
      title: input.title,
      description: input.description ?? '',
      position,
      leadOrgUnitId: input.leadOrgUnitId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    siblings.splice(position, 0, row);
    await setPlanNodePositions(tx, scopeOf(actor), renumber(siblings));
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'planNode', entityId: row.id, action: 'create', before: null, after: auditedNode(row) });
    return answer(tx, actor, planId, row.id, loaded);
  });
}

/** Rename, describe, reorder among siblings, move under another parent of the same plan (never below itself). */
export async function changeNode(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadForShaping(tx, actor, (await loadNode(tx, actor, id)).planId);
    // Read again under the plan's lock: a sibling's move may have renumbered this node meanwhile.
    const current = loaded.nodes.find((n) => n.id === id);
    if (!current) throw notFound('Nœud');
    if (current.version !== input.version) throw conflict();
    const parentId = input.parentId === undefined ? current.parentId : input.parentId;
    const reparented = parentId !== current.parentId;
    if (reparented && parentId !== null) {
      if (!loaded.nodes.some((n) => n.id === parentId)) throw invalid([{ path: 'parentId', message: 'Nœud parent introuvable dans ce plan' }]);
      if (subtreeIds(loaded.nodes, id).includes(parentId)) throw invalid([{ path: 'parentId', message: cycleMessage }]);
    }
    if (input.leadOrgUnitId !== undefined) await requireUnit(tx, actor, input.leadOrgUnitId);
    const moves = reparented || input.position !== undefined;
    const target = siblingsOf(loaded.nodes, parentId, id);
    const position = moves
      ? Math.min(input.position ?? (reparented ? target.length : current.position), target.length)
      : current.position;
    const updated = await updatePlanNode(
      tx,
      { ...scopeOf(actor), id, version: input.version },
      {
        title: input.title,
        description: input.description,
        leadOrgUnitId: input.leadOrgUnitId,
        ...(moves ? { parentId, position } : {}),
        updatedAt: ctx.clock.now(),
      },
    );
    if (!updated) throw conflict();
    if (moves) {
      target.splice(position, 0, updated);
      await setPlanNodePositions(tx, scopeOf(actor), renumber(target));
      if (reparented) await setPlanNodePositions(tx, scopeOf(actor), renumber(siblingsOf(loaded.nodes, current.parentId, id)));
    }
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'planNode',
      entityId: id,
      action: 'update',
      before: auditedNode(current),
      after: auditedNode(updated),
    });
    return answer(tx, actor, current.planId, id, loaded);
  });
}

/** Deletes an empty subtree; refused (409) while the node or one below holds fiches, which must be moved first. */
export async function removeNode(ctx: AppContext, actor: MemberActor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const current = await loadNode(tx, actor, id);
    const loaded = await loadForShaping(tx, actor, current.planId);
    const doomed = subtreeIds(loaded.nodes, id);
    if ((await countActionsOnNodes(tx, { ...scopeOf(actor), nodeIds: doomed })) > 0) {
      throw conflict('Ce nœud ou un de ses sous-nœuds contient des actions : déplacez-les avant de le supprimer');
    }
    await deletePlanNodes(tx, { ...scopeOf(actor), nodeIds: doomed });
    await setPlanNodePositions(tx, scopeOf(actor), renumber(siblingsOf(loaded.nodes, current.parentId, id)));
    const audit = auditContextOf(ctx, actor);
    for (const node of loaded.nodes.filter((n) => doomed.includes(n.id))) {
      await recordChange(tx, audit, { entityType: 'planNode', entityId: node.id, action: 'delete', before: auditedNode(node), after: null });
    }
  });
}
