import type { z } from 'zod';
import type { actionMergeInputSchema } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid } from '../../http/errors.js';
import { authorize, can } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadActionForActor, loadActionResource } from './action.access.js';
import { moveIndicatorActionLinks } from '../indicators/indicator.repository.js';
import { moveActionParts } from './action-merge.repository.js';
import { staleVersion } from './action-update.service.js';
import { recomputeActionProgress } from './action.progress.js';
import { firstStatusOf, listSubActions, lockAction, nextActionPosition, updateAction } from './action.repository.js';
import { refreshSearchText } from './action.search.js';
import type { ActionRow } from './action.table.js';

type MergeInput = z.infer<typeof actionMergeInputSchema>;
const scope = scopeOf;
const bad = (message: string) => invalid([{ path: 'targetActionId', message }]);

/**
 * Seed 003's clean-up of a plan: `attach` makes the action a sub-action of the target; `merge`
 * moves its journal, milestones, tasks, annexes, budget and sub-actions to the target and closes
 * it, pointing to the target. Closing uses the collectivité's first `stopped` status (a merged
 * action is not "done": counted as 100 % it would inflate roll-ups; stopped ones are left out).
 * Managers and admins only, since it reshapes the plan. Audited on both actions.
 */
export async function mergeAction(ctx: AppContext, actor: MemberActor, id: string, input: MergeInput) {
  return ctx.db.transaction(async (tx) => {
    const source = await loadActionForActor(tx, actor, id);
    authorize(actor, 'action.updateStructure', source.resource);
    const target = input.targetActionId === id ? undefined : await loadActionResource(tx, actor, input.targetActionId);
    if (!target || !can(actor, 'action.read', target.resource)) throw bad('Action cible introuvable');
    authorize(actor, 'action.updateStructure', target.resource);
    // Locked in a fixed order (by id) so that two merges of the same pair cannot deadlock.
    for (const lockId of [id, target.action.id].sort()) await lockAction(tx, { ...scope(actor), id: lockId });
    if (source.action.mergedIntoId) throw invalid([{ path: 'id', message: 'Cette action a déjà été fusionnée' }]);
    if (target.action.mergedIntoId) throw bad('L’action cible a été fusionnée dans une autre');
    const subs = await listSubActions(tx, { ...scope(actor), actionId: id });
    if (input.mode === 'attach') await attach(tx, ctx, actor, source.action, target.action, subs.length);
    else await merge(tx, ctx, actor, source.action, target.action, subs);
    return (await loadActionResource(tx, actor, target.action.id))!;
  });
}

async function attach(tx: DbOrTx, ctx: AppContext, actor: MemberActor, source: ActionRow, target: ActionRow, subCount: number) {
  if (target.planId !== source.planId) throw bad('L’action cible doit appartenir au même plan');
  if (target.parentActionId) throw bad('L’action cible est déjà une sous-action (un seul niveau de sous-actions)');
  if (target.id === source.parentActionId) throw bad('Cette action est déjà une sous-action de la cible');
  if (subCount > 0) throw invalid([{ path: 'id', message: 'Cette action a des sous-actions : elle ne peut pas devenir une sous-action' }]);
  const ref = { organizationId: actor.organizationId, nodeId: target.nodeId, parentActionId: target.id };
  const updated = await updateAction(
    tx,
    { ...scope(actor), id: source.id, version: source.version },
    { parentActionId: target.id, nodeId: target.nodeId, position: await nextActionPosition(tx, ref), updatedAt: ctx.clock.now() },
  );
  if (!updated) throw staleVersion(source.version);
  const audit = auditContextOf(ctx, actor);
  await recordChange(tx, audit, {
    entityType: 'action',
    entityId: source.id,
    action: 'attach',
    before: { parentActionId: source.parentActionId, nodeId: source.nodeId },
    after: { parentActionId: target.id, nodeId: target.nodeId },
  });
  await recordChange(tx, audit, { entityType: 'action', entityId: target.id, action: 'attach', before: { attachedActionId: null }, after: { attachedActionId: source.id } });
  await recomputeActionProgress(tx, ctx, { ...scope(actor), actionId: source.id });
  if (source.parentActionId) await recomputeActionProgress(tx, ctx, { ...scope(actor), actionId: source.parentActionId });
}

async function merge(tx: DbOrTx, ctx: AppContext, actor: MemberActor, source: ActionRow, target: ActionRow, subs: Awaited<ReturnType<typeof listSubActions>>) {
  if (target.parentActionId === source.id) throw bad('Une action ne peut pas être fusionnée dans une de ses sous-actions');
  if (subs.length > 0 && target.parentActionId) throw bad('L’action cible est une sous-action : elle ne peut pas recevoir des sous-actions');
  const audit = auditContextOf(ctx, actor);
  const pair = { organizationId: actor.organizationId, sourceId: source.id, targetId: target.id };
  const moved = { ...(await moveActionParts(tx, pair)), indicatorLinkCount: await moveIndicatorActionLinks(tx, pair) };
  for (const { action: sub } of subs) {
    const ref = { organizationId: actor.organizationId, nodeId: target.nodeId, parentActionId: target.id };
    const done = await updateAction(
      tx,
      { ...scope(actor), id: sub.id, version: sub.version },
      { parentActionId: target.id, nodeId: target.nodeId, position: await nextActionPosition(tx, ref), updatedAt: ctx.clock.now() },
    );
    if (!done) throw staleVersion(sub.version);
    await recordChange(tx, audit, { entityType: 'action', entityId: sub.id, action: 'update', before: { parentActionId: source.id, nodeId: sub.nodeId }, after: { parentActionId: target.id, nodeId: target.nodeId } });
  }
  const stopped = await firstStatusOf(tx, { ...scope(actor), category: 'stopped' });
  const closed = await updateAction(
    tx,
    { ...scope(actor), id: source.id, version: source.version },
    { mergedIntoId: target.id, statusId: stopped?.id ?? source.statusId, updatedAt: ctx.clock.now() },
  );
  if (!closed) throw staleVersion(source.version);
  await recordChange(tx, audit, {
    entityType: 'action',
    entityId: source.id,
    action: 'merge',
    before: { mergedIntoId: null, statusId: source.statusId },
    after: { mergedIntoId: target.id, statusId: closed.statusId },
  });
  await recordChange(tx, audit, { entityType: 'action', entityId: target.id, action: 'merge', before: { mergedActionId: null }, after: { mergedActionId: source.id, ...moved } });
  await refreshSearchText(tx, { organizationId: actor.organizationId, actionId: source.id });
  await refreshSearchText(tx, { organizationId: actor.organizationId, actionId: target.id });
  await recomputeActionProgress(tx, ctx, { ...scope(actor), actionId: target.id });
  if (source.parentActionId) await recomputeActionProgress(tx, ctx, { ...scope(actor), actionId: source.parentActionId });
}
