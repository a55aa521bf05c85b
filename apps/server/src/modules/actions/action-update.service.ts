import type { ActionUpdateInput } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, invalid } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadActionForActor, loadActionResource } from './action.access.js';
import { checkActionRefs, type ActionRefs } from './action-refs.js';
import type { ActionRow } from './action.table.js';
import { auditedAction } from './action.presenter.js';
import { recomputeActionProgress } from './action.progress.js';
import {
  findActionNodeLinkIds,
  findNodes,
  listSubActions,
  nextActionPosition,
  replaceActionCopilots,
  replaceActionNodeLinks,
  replaceActionUnits,
  updateAction,
} from './action.repository.js';
import { refreshSearchText } from './action.search.js';
import { notifyActionAssignees } from '../notifications/action-notifications.js';

const scope = scopeOf;
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...new Set(b)].sort().join();

/** 409 that tells the client which version to reload. */
export const staleVersion = (current: number) =>
  new AppError(409, 'conflict', 'La fiche a été modifiée entre-temps ; rechargez-la avant de réessayer', [
    { path: 'version', message: `Version actuelle : ${current}` },
  ]);

/**
 * Pilots and co-pilots edit the content of their fiche; where it sits (node, parent), who pilots
 * it and who may see it are the central team's (`action.updateStructure`). A field sent unchanged
 * is not a change, so a form may send the whole fiche back.
 */
export async function updateActionFields(ctx: AppContext, actor: MemberActor, id: string, input: ActionUpdateInput) {
  return ctx.db.transaction(async (tx) => {
    const { action: current, resource } = await loadActionForActor(tx, actor, id);
    authorize(actor, 'action.update', resource);
    const structural =
      (input.nodeId !== undefined && input.nodeId !== current.nodeId) ||
      (input.pilotId !== undefined && input.pilotId !== current.pilotId) ||
      (input.copilotIds !== undefined && !sameSet(resource.copilotIds, input.copilotIds)) ||
      (input.visibility !== undefined && input.visibility !== current.visibility) ||
      (input.parentActionId !== undefined && input.parentActionId !== current.parentActionId);
    if (structural) authorize(actor, 'action.updateStructure', resource);
    if (current.version !== input.version) throw staleVersion(current.version);

    // Dates are checked against what is kept, not only against what is sent.
    const startsOn = input.startsOn !== undefined ? input.startsOn : current.startsOn;
    const endsOn = input.endsOn !== undefined ? input.endsOn : current.endsOn;
    if (startsOn && endsOn && endsOn < startsOn) throw invalid([{ path: 'endsOn', message: 'La date de fin précède la date de début' }]);

    const subs = await listSubActions(tx, { ...scope(actor), actionId: id });
    const parentChanges = input.parentActionId !== undefined && input.parentActionId !== current.parentActionId;
    const { parent } = await checkActionRefs(
      tx,
      scope(actor),
      changedRefs(input, current, resource, parentChanges),
      { planId: current.planId, actionId: id, hasSubActions: subs.length > 0 },
    );
    let nodeId = input.nodeId ?? current.nodeId;
    if (input.nodeId !== undefined && input.nodeId !== current.nodeId) {
      // Moving to another plan would strand its sub-actions and links: it stays in its plan.
      const [node] = await findNodes(tx, { ...scope(actor), ids: [input.nodeId] });
      if (!node || node.planId !== current.planId) throw invalid([{ path: 'nodeId', message: 'L’élément doit appartenir au même plan' }]);
    }
    const parentActionId = parentChanges ? (input.parentActionId ?? null) : current.parentActionId;
    if (parent) nodeId = parent.nodeId;
    else if (parentActionId && input.nodeId !== undefined && input.nodeId !== current.nodeId) {
      throw invalid([{ path: 'nodeId', message: 'Une sous-action reste dans l’élément de son action parente' }]);
    }
    const moved = nodeId !== current.nodeId || parentChanges;

    const { version: _v, copilotIds, orgUnitIds, linkedNodeIds, ...fields } = input;
    const updated = await updateAction(
      tx,
      { ...scope(actor), id, version: input.version },
      {
        ...fields,
        tags: fields.tags ? [...new Set(fields.tags)] : undefined,
        nodeId,
        parentActionId,
        position: moved ? await nextActionPosition(tx, { ...scope(actor), nodeId, parentActionId }) : undefined,
        updatedAt: ctx.clock.now(),
      },
    );
    if (!updated) throw staleVersion(current.version + 1);
    const s = { ...scope(actor), actionId: id };
    const linksBefore = await findActionNodeLinkIds(tx, s);
    if (copilotIds) await replaceActionCopilots(tx, s, copilotIds);
    if (orgUnitIds) await replaceActionUnits(tx, s, orgUnitIds);
    if (linkedNodeIds) await replaceActionNodeLinks(tx, s, linkedNodeIds);
    if (nodeId !== current.nodeId) await moveSubActions(tx, ctx, actor, subs, nodeId);
    if (['title', 'description', 'objectives', 'expectedResults'].some((key) => key in fields)) await refreshSearchText(tx, s);

    await recomputeActionProgress(tx, ctx, s);
    if (parentChanges && current.parentActionId) await recomputeActionProgress(tx, ctx, { ...scope(actor), actionId: current.parentActionId });

    const after = (await loadActionResource(tx, actor, id))!;
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'action',
      entityId: id,
      action: 'update',
      before: auditedAction(current, { copilotIds: resource.copilotIds, orgUnitIds: resource.orgUnitIds, linkedNodeIds: linksBefore }),
      after: auditedAction(after.action, { copilotIds: after.resource.copilotIds, orgUnitIds: after.resource.orgUnitIds, linkedNodeIds: await findActionNodeLinkIds(tx, s) }),
    });
    await notifyActionAssignees(tx, ctx, actor, after.action, { pilotId: current.pilotId, copilotIds: resource.copilotIds }, { pilotId: after.action.pilotId, copilotIds: after.resource.copilotIds });
    return after;
  });
}

/** Only references that change are checked: a form sending back a since-deactivated status or person still saves. */
function changedRefs(
  input: ActionUpdateInput,
  current: ActionRow,
  resource: { copilotIds: string[]; orgUnitIds: string[] },
  parentChanges: boolean,
): ActionRefs {
  const changed = <K extends keyof ActionRow>(key: K, value: ActionRow[K] | undefined) => (value !== undefined && value !== current[key] ? value : undefined);
  return {
    pilotId: changed('pilotId', input.pilotId),
    eluId: changed('eluId', input.eluId),
    leadOrgUnitId: changed('leadOrgUnitId', input.leadOrgUnitId),
    statusId: changed('statusId', input.statusId),
    copilotIds: input.copilotIds && !sameSet(resource.copilotIds, input.copilotIds) ? input.copilotIds : undefined,
    orgUnitIds: input.orgUnitIds && !sameSet(resource.orgUnitIds, input.orgUnitIds) ? input.orgUnitIds : undefined,
    linkedNodeIds: input.linkedNodeIds,
    parentActionId: parentChanges ? input.parentActionId : undefined,
  };
}

/** Sub-actions follow their parent to its new node (each move is in its own history). */
async function moveSubActions(
  tx: Parameters<typeof updateAction>[0],
  ctx: AppContext,
  actor: MemberActor,
  subs: Awaited<ReturnType<typeof listSubActions>>,
  nodeId: string,
) {
  for (const { action: sub } of subs) {
    const moved = await updateAction(tx, { ...scope(actor), id: sub.id, version: sub.version }, { nodeId, updatedAt: ctx.clock.now() });
    if (!moved) throw staleVersion(sub.version + 1);
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'action',
      entityId: sub.id,
      action: 'update',
      before: { nodeId: sub.nodeId },
      after: { nodeId },
    });
  }
}
