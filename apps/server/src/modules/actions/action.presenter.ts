import { isLate, type Action, type ActionSummary, type StatusCategory } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import type { ActionResource } from '../../policies/action.policy.js';
import { abilities } from '../../policies/index.js';
import { actionCode, codesOfNodes } from './action-code.js';
import {
  findActionNodeLinkIds,
  findActionRanks,
  findStatusById,
  listActionMilestones,
  listPlanNodes,
  listSubActions,
  userNames,
} from './action.repository.js';
import type { ActionRow } from './action.table.js';
import { todayOf } from '../../lib/clock.js';

export const actionAbilities = (actor: MemberActor, resource: ActionResource) =>
  abilities(actor, ['action.update', 'action.updateStructure', 'action.delete'], resource);

type StatusRef = { id: string; label: string; category: StatusCategory };
const person = (id: string | null, names: Map<string, string>) => (id ? { id, name: names.get(id) ?? '' } : null);

/** A list row; the list query brings names, status, code and lateness along. */
export function presentActionSummary(
  row: Omit<ActionRow, 'searchText' | 'searchVector'>,
  extra: { code: string; status: StatusRef; pilotName: string | null; late: boolean },
): ActionSummary {
  return {
    id: row.id,
    planId: row.planId,
    nodeId: row.nodeId,
    parentActionId: row.parentActionId,
    code: extra.code,
    title: row.title,
    pilot: row.pilotId ? { id: row.pilotId, name: extra.pilotName ?? '' } : null,
    leadOrgUnitId: row.leadOrgUnitId,
    status: extra.status,
    weather: row.weather,
    progress: row.progress,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    flagship: row.flagship,
    late: extra.late,
    tags: row.tags,
    visibility: row.visibility,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The full fiche: a handful of small queries for one action (never used in lists). */
export async function presentAction(db: DbOrTx, ctx: Pick<AppContext, 'clock'>, row: ActionRow, resource: ActionResource): Promise<Action> {
  const scope = { organizationId: row.organizationId };
  const [status, subs, links, milestones, nodes, ranks] = await Promise.all([
    findStatusById(db, { ...scope, id: row.statusId }),
    listSubActions(db, { ...scope, actionId: row.id }),
    findActionNodeLinkIds(db, { ...scope, actionId: row.id }),
    listActionMilestones(db, { ...scope, actionId: row.id }),
    listPlanNodes(db, { ...scope, planIds: [row.planId] }),
    findActionRanks(db, { ...scope, planId: row.planId, ids: row.parentActionId ? [row.id, row.parentActionId] : [row.id] }),
  ]);
  const names = await userNames(db, [row.pilotId, row.eluId, ...resource.copilotIds].filter((id): id is string => id !== null));
  const category = status?.category ?? 'not_started';
  const code = actionCode(codesOfNodes(nodes).get(row.nodeId), ranks.get(row.id), row.parentActionId ? ranks.get(row.parentActionId) : null);
  const summary = presentActionSummary(row, {
    code,
    status: { id: row.statusId, label: status?.label ?? '', category },
    pilotName: row.pilotId ? (names.get(row.pilotId) ?? '') : null,
    late: isLate({ category, endsOn: row.endsOn }, milestones, todayOf(ctx.clock)),
  });
  return {
    ...summary,
    description: row.description,
    objectives: row.objectives,
    expectedResults: row.expectedResults,
    copilots: resource.copilotIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    elu: person(row.eluId, names),
    orgUnitIds: resource.orgUnitIds,
    linkedNodeIds: links,
    partners: row.partners,
    priority: row.priority,
    weight: row.weight,
    progressMode: row.progressMode,
    mergedIntoId: row.mergedIntoId,
    subActionIds: subs.map((sub) => sub.action.id),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Fields worth a line in the history (ids for people and units; never the search text). */
export function auditedAction(row: ActionRow, lists: { copilotIds: string[]; orgUnitIds: string[]; linkedNodeIds: string[] }) {
  return {
    nodeId: row.nodeId,
    parentActionId: row.parentActionId,
    title: row.title,
    description: row.description,
    objectives: row.objectives,
    expectedResults: row.expectedResults,
    pilotId: row.pilotId,
    copilotIds: [...lists.copilotIds].sort(),
    eluId: row.eluId,
    leadOrgUnitId: row.leadOrgUnitId,
    orgUnitIds: [...lists.orgUnitIds].sort(),
    linkedNodeIds: [...lists.linkedNodeIds].sort(),
    partners: row.partners,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    priority: row.priority,
    flagship: row.flagship,
    tags: row.tags,
    visibility: row.visibility,
    weight: row.weight,
    statusId: row.statusId,
    weather: row.weather,
    progress: row.progress,
    progressMode: row.progressMode,
    mergedIntoId: row.mergedIntoId,
  };
}
