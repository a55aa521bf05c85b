import type { ActionCreateInput } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, invalid } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize, can } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { planResource } from '../plans/plan.access.js';
import { findPlan, findPlanRole } from '../plans/plan.repository.js';
import { loadActionForActor, loadActionResource } from './action.access.js';
import { deleteActionParts } from './action-cleanup.repository.js';
import { removeFile, storedFilePath } from '../files/file-storage.js';
import { checkActionRefs } from './action-refs.js';
import { auditedAction } from './action.presenter.js';
import { recomputeActionProgress } from './action.progress.js';
import {
  countActionsMergedInto,
  deleteActionRow,
  findActionNodeLinkIds,
  findNodes,
  firstStatusOf,
  insertAction,
  listSubActions,
  nextActionPosition,
  replaceActionCopilots,
  replaceActionNodeLinks,
  replaceActionUnits,
} from './action.repository.js';
import { refreshSearchText } from './action.search.js';
import { notifyActionAssignees } from '../notifications/action-notifications.js';

const scope = scopeOf;
const audit = auditContextOf;

export async function getAction(ctx: AppContext, actor: MemberActor, id: string) {
  return loadActionForActor(ctx.db, actor, id);
}

/** The plan is the home node's; contributors, managers and admins create. */
export async function createAction(ctx: AppContext, actor: MemberActor, input: ActionCreateInput) {
  return ctx.db.transaction(async (tx) => {
    const [node] = await findNodes(tx, { ...scope(actor), ids: [input.nodeId] });
    const plan = node && (await findPlan(tx, { ...scope(actor), id: node.planId }));
    const role = plan ? await findPlanRole(tx, { ...scope(actor), planId: plan.id, userId: actor.userId }) : null;
    // A node of a plan the actor cannot see is reported like a missing one: nothing is revealed.
    if (!node || !plan || !can(actor, 'plan.read', planResource(plan, role))) {
      throw invalid([{ path: 'nodeId', message: 'Élément de plan introuvable' }]);
    }
    authorize(actor, 'plan.createAction', planResource(plan, role));
    const { parent } = await checkActionRefs(tx, scope(actor), input, { planId: plan.id });
    const status = input.statusId ? { id: input.statusId } : await firstStatusOf(tx, { ...scope(actor), category: 'not_started' });
    if (!status) throw invalid([{ path: 'statusId', message: 'Aucun statut « à lancer » actif : choisissez un statut' }]);
    // A sub-action lives in its parent's node: codes (1.2.3.1) and roll-ups follow the parent.
    const nodeId = parent ? parent.nodeId : node.id;
    const parentActionId = parent?.id ?? null;
    const now = ctx.clock.now();
    const row = await insertAction(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      planId: plan.id,
      nodeId,
      parentActionId,
      position: await nextActionPosition(tx, { ...scope(actor), nodeId, parentActionId }),
      title: input.title,
      description: input.description,
      objectives: input.objectives,
      expectedResults: input.expectedResults,
      pilotId: input.pilotId ?? null,
      eluId: input.eluId ?? null,
      leadOrgUnitId: input.leadOrgUnitId ?? null,
      partners: input.partners,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      priority: input.priority,
      flagship: input.flagship,
      tags: input.tags ? [...new Set(input.tags)] : undefined,
      visibility: input.visibility,
      weight: input.weight,
      statusId: status.id,
      weather: input.weather ?? null,
      progress: input.progress,
      progressMode: input.progressMode,
      createdAt: now,
      updatedAt: now,
    });
    const lists = { copilotIds: [...new Set(input.copilotIds ?? [])], orgUnitIds: [...new Set(input.orgUnitIds ?? [])], linkedNodeIds: [...new Set(input.linkedNodeIds ?? [])] };
    await replaceActionCopilots(tx, { ...scope(actor), actionId: row.id }, lists.copilotIds);
    await replaceActionUnits(tx, { ...scope(actor), actionId: row.id }, lists.orgUnitIds);
    await replaceActionNodeLinks(tx, { ...scope(actor), actionId: row.id }, lists.linkedNodeIds);
    await refreshSearchText(tx, { ...scope(actor), actionId: row.id });
    await recomputeActionProgress(tx, ctx, { ...scope(actor), actionId: row.id });
    const { action, resource } = (await loadActionResource(tx, actor, row.id))!;
    await recordChange(tx, audit(ctx, actor), { entityType: 'action', entityId: row.id, action: 'create', before: null, after: auditedAction(action, lists) });
    await notifyActionAssignees(tx, ctx, actor, action, null, { pilotId: action.pilotId, copilotIds: lists.copilotIds });
    return { action, resource };
  });
}

/** Managers and admins delete; an action with sub-actions or merged ones is kept (they point to it). */
export async function deleteAction(ctx: AppContext, actor: MemberActor, id: string) {
  const storageKeys = await ctx.db.transaction(async (tx) => {
    const { action, resource } = await loadActionForActor(tx, actor, id);
    authorize(actor, 'action.delete', resource);
    if ((await listSubActions(tx, { ...scope(actor), actionId: id })).length > 0) {
      throw new AppError(409, 'conflict', 'Cette action a des sous-actions : supprimez-les ou rattachez-les ailleurs d’abord');
    }
    if ((await countActionsMergedInto(tx, { ...scope(actor), id })) > 0) {
      throw new AppError(409, 'conflict', 'D’autres actions ont été fusionnées dans celle-ci : elle ne peut pas être supprimée');
    }
    const keys = await deleteActionParts(tx, { ...scope(actor), actionId: id });
    const lists = { copilotIds: resource.copilotIds, orgUnitIds: resource.orgUnitIds, linkedNodeIds: await findActionNodeLinkIds(tx, { ...scope(actor), actionId: id }) };
    await deleteActionRow(tx, { ...scope(actor), id });
    await recordChange(tx, audit(ctx, actor), { entityType: 'action', entityId: id, action: 'delete', before: auditedAction(action, lists), after: null });
    if (action.parentActionId) await recomputeActionProgress(tx, ctx, { ...scope(actor), actionId: action.parentActionId });
    return keys;
  });
  await Promise.all(storageKeys.map((key) => removeFile(storedFilePath(ctx.config, key))));
}
