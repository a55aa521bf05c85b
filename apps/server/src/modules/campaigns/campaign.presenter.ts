import { deadlinePassed, recipientDone, type CampaignDetail, type CampaignItem, type CampaignSummary, type CampaignTask } from '@pilotis/shared';
import { groupByPerson } from './campaign-rounds.js';
import type { ItemState } from './campaign.repository.js';
import type { CampaignRoundRow, CampaignRow } from './campaign.table.js';

const itemOf = (state: ItemState): CampaignItem =>
  state.actionId ? { kind: 'action', id: state.actionId, title: state.title, done: state.done } : { kind: 'indicator', id: state.indicatorId!, title: state.title, done: state.done };

function scopeView(row: CampaignRow, names: Map<string, string>): CampaignSummary['scope'] {
  const ids = { planId: row.planId, nodeId: row.nodeId, orgUnitId: row.orgUnitId };
  if (row.orgUnitId) return { kind: 'orgUnit', ...ids, label: names.get(row.orgUnitId) ?? '—' };
  const plan = names.get(row.planId!) ?? '—';
  if (row.nodeId) return { kind: 'node', ...ids, label: `${plan} › ${names.get(row.nodeId) ?? '—'}` };
  return { kind: 'plan', ...ids, label: plan };
}

export function presentSummary(row: CampaignRow, round: CampaignRoundRow, states: ItemState[], names: Map<string, string>, today: string): CampaignSummary {
  const byPerson = groupByPerson(states);
  return {
    id: row.id,
    title: row.title,
    scope: scopeView(row, names),
    includeIndicators: row.includeIndicators,
    recurrenceWeeks: row.recurrenceWeeks,
    round: { number: round.number, openedAt: round.openedAt.toISOString(), deadline: round.deadline, late: deadlinePassed(round.deadline, today) },
    recipients: byPerson.size,
    done: [...byPerson.values()].filter(recipientDone).length,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdBy: names.has(row.createdBy) ? { id: row.createdBy, name: names.get(row.createdBy)! } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDetail(
  row: CampaignRow,
  round: CampaignRoundRow,
  states: ItemState[],
  { names, today, reminded, canManage }: { names: Map<string, string>; today: string; reminded: Map<string, Date>; canManage: boolean },
): CampaignDetail {
  const summary = presentSummary(row, round, states, names, today);
  const open = row.closedAt === null;
  const recipientList = [...groupByPerson(states)].map(([userId, own]) => {
    const done = recipientDone(own);
    return {
      userId,
      name: own[0]!.userName,
      done,
      doneCount: own.filter((state) => state.done).length,
      todoCount: own.filter((state) => !state.done).length,
      late: summary.round.late && !done,
      lastRemindedAt: reminded.get(userId)?.toISOString() ?? null,
      items: own.map(itemOf),
    };
  });
  return {
    ...summary,
    message: row.message,
    remindDaysBefore: row.remindDaysBefore,
    version: row.version,
    recipientList,
    can: { remind: canManage && open, close: canManage && open },
  };
}

/** One person's task in a campaign: what they are asked to update, done or not. */
export function presentTask(row: CampaignRow, round: CampaignRoundRow, own: ItemState[], today: string): CampaignTask {
  return { campaignId: row.id, title: row.title, message: row.message, deadline: round.deadline, late: deadlinePassed(round.deadline, today), items: own.map(itemOf) };
}

/** What the history keeps of a campaign. */
export const auditedCampaign = (row: CampaignRow) => ({
  title: row.title,
  message: row.message,
  planId: row.planId,
  nodeId: row.nodeId,
  orgUnitId: row.orgUnitId,
  includeIndicators: row.includeIndicators,
  recurrenceWeeks: row.recurrenceWeeks,
  remindDaysBefore: row.remindDaysBefore,
  closedAt: row.closedAt?.toISOString() ?? null,
});
