import type { AppContext } from '../../context.js';
import { groupBy } from '../../lib/group-by.js';
import { frDate } from '../reports/report-format.js';
import { insertMarks, selectCopilots, selectLateActions } from './daily-notices.repository.js';
import { writeNotifications, type NotifyInput } from './notify.js';
import { todayOf } from '../../lib/clock.js';

type LateAction = Awaited<ReturnType<typeof selectLateActions>>[number];

/**
 * What makes a fiche late, one mark per cause: its end date, each open milestone with its date.
 * A cause is told at most once, ever: moving the date makes a new cause.
 */
export function lateCauses(action: Pick<LateAction, 'endsOn' | 'milestones'>, today: string): string[] {
  const causes = action.endsOn && action.endsOn < today ? [`end:${action.endsOn}`] : [];
  return [...causes, ...action.milestones.map((m) => `milestone:${m.id}:${m.dueOn}`)];
}

/**
 * « Une de mes actions est en retard »: tells the pilot and co-pilots of every fiche that became
 * late, once per lateness episode. An episode is known by its causes: a fiche is told when none of
 * the causes that make it late today was seen at an earlier run. So a fiche late for its end
 * date is not told again the next day, nor when one of its milestones passes meanwhile, nor if
 * the job runs twice; it is told again only after it was no longer late (done, dates moved) and
 * a new date passes. Three queries for the whole run, plus one transaction per collectivité.
 */
export async function sendLateActionNotices(ctx: AppContext) {
  const today = todayOf(ctx.clock);
  const late = await selectLateActions(ctx.db, { today });
  const byOrganization = groupBy(late, (action) => action.organizationId);
  let told = 0;
  for (const [organizationId, actions] of byOrganization) {
    told += await ctx.db.transaction(async (tx) => {
      const causes = new Map(actions.map((action) => [action.id, lateCauses(action, today)]));
      const now = ctx.clock.now();
      const added = await insertMarks(
        tx,
        actions.flatMap((action) => causes.get(action.id)!.map((mark) => ({ organizationId, kind: 'action.late' as const, entityId: action.id, mark, createdAt: now }))),
      );
      const addedKeys = new Set(added.map((row) => `${row.entityId}/${row.mark}`));
      const fresh = actions.filter((action) => causes.get(action.id)!.every((mark) => addedKeys.has(`${action.id}/${mark}`)));
      if (fresh.length === 0) return 0;
      const copilots = groupBy(await selectCopilots(tx, { actionIds: fresh.map((action) => action.id) }), (row) => row.actionId);
      const inputs = fresh.map((action) => lateNotice(action, [action.pilotId, ...(copilots.get(action.id) ?? []).map((row) => row.userId)], today));
      return writeNotifications(tx, ctx, organizationId, inputs);
    });
  }
  return told;
}

function lateNotice(action: LateAction, people: (string | null)[], today: string): NotifyInput {
  return {
    organizationId: action.organizationId,
    userIds: people.filter((id): id is string => Boolean(id)),
    kind: 'action.late',
    entityType: 'action',
    entityId: action.id,
    title: `« ${action.title} » est en retard`,
    body: lateReasons(action, today),
    link: `/actions/${action.id}`,
  };
}

function lateReasons(action: LateAction, today: string) {
  const reasons: string[] = [];
  if (action.endsOn && action.endsOn < today) reasons.push(`la date de fin prévue, le ${frDate(action.endsOn)}, est passée`);
  reasons.push(...action.milestones.map((m) => `le jalon « ${m.title} » prévu le ${frDate(m.dueOn)} n’est pas atteint`));
  const text = reasons.join(' ; ');
  return `La fiche action « ${action.title} » est en retard : ${text}. Mettez à jour son avancement, ses dates ou son statut.`;
}
