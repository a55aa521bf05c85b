import { recipientDone } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { groupBy } from '../../lib/group-by.js';
import { newId } from '../../lib/tokens.js';
import { notifyAll } from '../notifications/notify.js';
import { frDate } from '../reports/report-format.js';
import { selectScopeActionItems, selectScopeIndicatorItems, type CampaignScope, type ScopeItem } from './campaign-scope.repository.js';
import { insertReminders, insertRound, selectItemStates, type ItemState } from './campaign.repository.js';
import type { CampaignRoundRow, CampaignRow } from './campaign.table.js';

type Ctx = Pick<AppContext, 'clock' | 'config'>;
export type ReminderKind = 'before' | 'after' | 'manual';

/** The home page lists each person's campaign tasks with links to what to update. */
const TASKS_LINK = '/';

export const scopeOfCampaign = (row: Pick<CampaignRow, 'planId' | 'nodeId' | 'orgUnitId'>): CampaignScope =>
  row.orgUnitId ? { orgUnitId: row.orgUnitId } : { planId: row.planId!, nodeId: row.nodeId };

/** Who is asked what in a scope: each open fiche to its pilot, and the linked indicators to theirs if asked. */
export async function itemsOfScope(db: DbOrTx, organizationId: string, scope: CampaignScope, includeIndicators: boolean): Promise<ScopeItem[]> {
  const fiches = await selectScopeActionItems(db, organizationId, scope);
  const indicators = includeIndicators ? await selectScopeIndicatorItems(db, organizationId, scope) : [];
  return [...fiches, ...indicators];
}

/**
 * Opens a round: freezes what each recipient is asked to update, then tells each of them (in-app
 * notification and, by their preferences, an e-mail) with their own list. Undefined when that
 * round exists already.
 */
export async function openRound(tx: DbOrTx, ctx: Ctx, campaign: CampaignRow, round: { number: number; deadline: string }, items?: ScopeItem[]) {
  const asked = items ?? (await itemsOfScope(tx, campaign.organizationId, scopeOfCampaign(campaign), campaign.includeIndicators));
  const { organizationId } = campaign;
  const row = await insertRound(
    tx,
    { id: newId(), organizationId, campaignId: campaign.id, number: round.number, openedAt: ctx.clock.now(), deadline: round.deadline },
    asked.map((item) => ({ id: newId(), organizationId, userId: item.userId, actionId: item.actionId, indicatorId: item.indicatorId })),
  );
  if (!row) return undefined;
  const byPerson = groupByPerson(await selectItemStates(tx, { organizationId, roundIds: [row.id] }));
  // Everyone at once (recipients, settings, rows and e-mails in a few queries), each with their own list.
  await notifyAll(
    tx,
    ctx,
    organizationId,
    [...byPerson].map(([userId, states]) => ({
      organizationId,
      userIds: [userId],
      kind: 'campaign.opened' as const,
      entityType: 'campaign',
      entityId: campaign.id,
      title: `Mise à jour demandée : ${campaign.title}`,
      body: [`Merci de mettre à jour avant le ${frDate(row.deadline)} :`, itemLines(states), campaign.message].filter(Boolean).join('\n'),
      link: TASKS_LINK,
    })),
  );
  return { round: row, recipients: byPerson.size };
}

/**
 * Reminds the recipients of a round who are not done (only `userIds` among them when given). An
 * automatic reminder goes at most once per person and round; returns how many were reminded.
 */
export async function remindRound(
  tx: DbOrTx,
  ctx: Ctx,
  campaign: CampaignRow,
  round: CampaignRoundRow,
  { kind, userIds, sentBy }: { kind: ReminderKind; userIds?: string[]; sentBy: string | null },
) {
  const { organizationId } = campaign;
  const wanted = userIds ? new Set(userIds) : null;
  const late = [...groupByPerson(await selectItemStates(tx, { organizationId, roundIds: [round.id] }))].filter(
    ([userId, states]) => !recipientDone(states) && (!wanted || wanted.has(userId)),
  );
  const now = ctx.clock.now();
  const recorded = new Set(
    await insertReminders(tx, late.map(([userId]) => ({ id: newId(), organizationId, roundId: round.id, userId, kind, sentAt: now, sentBy }))),
  );
  const reminded = late.filter(([userId]) => recorded.has(userId));
  await notifyAll(
    tx,
    ctx,
    organizationId,
    reminded.map(([userId, states]) => ({
      organizationId,
      userIds: [userId],
      kind: 'campaign.reminder' as const,
      entityType: 'campaign',
      entityId: campaign.id,
      title: reminderTitle(campaign, round, kind),
      body: ['Il vous reste à mettre à jour :', itemLines(states.filter((state) => !state.done))].join('\n'),
      link: TASKS_LINK,
    })),
  );
  return reminded.length;
}

function reminderTitle(campaign: CampaignRow, round: CampaignRoundRow, kind: ReminderKind) {
  if (kind === 'after') return `En retard : ${campaign.title} (échéance du ${frDate(round.deadline)} passée)`;
  return `Rappel : ${campaign.title}, à mettre à jour avant le ${frDate(round.deadline)}`;
}

const itemLines = (states: ItemState[]) =>
  states.map((state) => (state.actionId ? `• Fiche « ${state.title} »` : `• Indicateur ${state.title}`)).join('\n');

export function groupByPerson(states: ItemState[]) {
  return groupBy(states, (state) => state.userId);
}
