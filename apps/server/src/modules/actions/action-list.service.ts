import type { ActionSummary } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { actionCode, codesOfNodes, nodesInCodeOrder } from './action-code.js';
import { listActionPage, plansPilotedBy, type ActionFilters, type SortKey } from './action-list.repository.js';
import { presentActionSummary } from './action.presenter.js';
import { listPlanNodes } from './action.repository.js';
import { foldForSearch } from './action.search.js';
import { todayOf } from '../../lib/clock.js';

export interface ListOptions {
  filters: ActionFilters;
  sort: { key: SortKey; desc: boolean };
  page: number;
  pageSize: number;
}

/** The plan's actions the actor may read (the `unit` rule is applied in SQL for non-managers). */
export async function listPlanActions(ctx: AppContext, actor: MemberActor, planId: string, options: ListOptions) {
  const { resource } = await loadPlanForActor(ctx.db, actor, planId);
  const managesPlan = can(actor, 'plan.update', resource);
  return listPage(ctx, actor, [planId], options, { reader: managesPlan ? null : { userId: actor.userId, unitIds: actor.unitIds } });
}

/** "Mes actions": every action I pilot or co-pilot, across plans (pilots always read their own). */
export async function listMyActions(ctx: AppContext, actor: MemberActor, options: ListOptions) {
  const planIds = await plansPilotedBy(ctx.db, { organizationId: actor.organizationId, userId: actor.userId });
  return listPage(ctx, actor, planIds, options, { reader: null, mineOf: actor.userId });
}

async function listPage(
  ctx: AppContext,
  actor: MemberActor,
  planIds: string[],
  options: ListOptions,
  who: { reader: { userId: string; unitIds: string[] } | null; mineOf?: string },
): Promise<{ data: ActionSummary[]; page: { page: number; pageSize: number; total: number } }> {
  const scope = { organizationId: actor.organizationId };
  const nodes = await listPlanNodes(ctx.db, { ...scope, planIds });
  const codes = codesOfNodes(nodes);
  const q = options.filters.q ? foldForSearch(options.filters.q).trim() : undefined;
  const { rows, total } = await listActionPage(ctx.db, {
    ...scope,
    planIds,
    ...who,
    filters: { ...options.filters, q: q || undefined },
    today: todayOf(ctx.clock),
    nodeOrder: nodesInCodeOrder(nodes, codes),
    sort: options.sort,
    page: options.page,
    pageSize: options.pageSize,
  });
  const data = rows.map((row) =>
    presentActionSummary(row.action, {
      code: actionCode(codes.get(row.action.nodeId), row.rank, row.parentRank),
      status: row.status,
      pilotName: row.pilotName,
      late: row.late,
    }),
  );
  return { data, page: { page: options.page, pageSize: options.pageSize, total } };
}
