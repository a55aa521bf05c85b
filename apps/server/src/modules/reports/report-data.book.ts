import type { ActionSummary, ReportFilter } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { listPlanActions } from '../actions/action-list.service.js';
import { codesOfNodes } from '../actions/action-code.js';
import { presentAction } from '../actions/action.presenter.js';
import { findNodes, listPlanNodes } from '../actions/action.repository.js';
import { getAction } from '../actions/action.service.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import type { ActionBookData, FicheData, ReportHeader } from './report-data.js';
import { filterLines } from './report-data.plan.js';
import { selectFicheDetails } from './report.repository.js';

/** The most fiches one recueil holds (a whole « région » plan of ~6,000 would be thousands of pages). */
export const BOOK_LIMIT = 1000;

type PlanNode = Awaited<ReturnType<typeof listPlanNodes>>[number];

/** « 1 Mobilités › 1.2 Vélo »: the fiche's home node and its ancestors, with codes. */
function pathsOf(nodes: PlanNode[]) {
  const codes = codesOfNodes(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cache = new Map<string, string>();
  return (nodeId: string) => {
    const known = cache.get(nodeId);
    if (known !== undefined) return known;
    const parts: string[] = [];
    const seen = new Set<string>();
    for (let node = byId.get(nodeId); node && !seen.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) {
      seen.add(node.id);
      parts.unshift(`${codes.get(node.id) ?? ''} ${node.title}`.trim());
    }
    const path = parts.join(' › ');
    cache.set(nodeId, path);
    return path;
  };
}

/** List rows (already filtered to what the actor may read) + their details → printable fiches. */
async function fichesOf(ctx: AppContext, organizationId: string, rows: ActionSummary[], nodes: PlanNode[], copilotsKnown?: Map<string, string[]>) {
  const details = await selectFicheDetails(ctx.db, { organizationId, actionIds: rows.map((r) => r.id) });
  const group = <T extends { actionId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.actionId, [...(map.get(item.actionId) ?? []), item]);
    return map;
  };
  const texts = new Map(details.texts.map((t) => [t.id, t]));
  const copilots = group(details.copilots);
  const milestones = group(details.milestones);
  const logs = group(details.logs.map((l) => ({ ...l, actionId: l.action_id })));
  const budgets = new Map(details.budgets.map((b) => [b.actionId, b]));
  const pathOf = pathsOf(nodes);
  return rows.map((row): FicheData => {
    const text = texts.get(row.id);
    const budget = budgets.get(row.id);
    return {
      code: row.code,
      title: row.title,
      axisPath: pathOf(row.nodeId),
      pilot: row.pilot?.name ?? null,
      copilots: copilotsKnown?.get(row.id) ?? (copilots.get(row.id) ?? []).map((c) => c.name),
      elu: text?.eluName ?? null,
      leadUnit: text?.leadUnitName ?? null,
      status: { label: row.status.label, category: row.status.category },
      weather: row.weather,
      progress: row.status.category === 'done' ? 100 : row.progress,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      late: row.late,
      flagship: row.flagship,
      tags: row.tags,
      description: text?.description ?? '',
      objectives: text?.objectives ?? '',
      expectedResults: text?.expectedResults ?? '',
      partners: text?.partners ?? '',
      milestones: (milestones.get(row.id) ?? []).map(({ title, dueOn, doneOn }) => ({ title, dueOn, doneOn })),
      logs: (logs.get(row.id) ?? []).map((l) => ({ occurredOn: l.occurred_on, body: l.body, author: l.author_name })),
      budget: budget ? { plannedCents: budget.planned, committedCents: budget.committed, spentCents: budget.spent } : null,
    };
  });
}

/** The plan a recueil is about: the one asked for, or the axis's. 404 when the actor cannot read it. */
async function bookPlanId(ctx: AppContext, actor: MemberActor, filter: ReportFilter) {
  if (filter.nodeId) {
    const [node] = await findNodes(ctx.db, { organizationId: actor.organizationId, ids: [filter.nodeId] });
    if (!node || (filter.planId && node.planId !== filter.planId)) throw notFound('Élément du plan');
    return node.planId;
  }
  return filter.planId!;
}

/**
 * « Recueil des fiches actions » of a plan, an axis (and everything under it) or a filter: the
 * fiches of the action list the actor may read, in code order, each with its details.
 */
export async function gatherActionBook(ctx: AppContext, actor: MemberActor, filter: ReportFilter, header: Omit<ReportHeader, 'title' | 'details'>): Promise<ActionBookData & { planId: string }> {
  const planId = await bookPlanId(ctx, actor, filter);
  const { plan } = await loadPlanForActor(ctx.db, actor, planId);
  const list = await listPlanActions(ctx, actor, planId, {
    filters: {
      nodeId: filter.nodeId,
      categories: filter.statusCategory ? [filter.statusCategory] : undefined,
      orgUnitId: filter.orgUnitId,
      flagship: filter.flagship,
      tag: filter.tag,
    },
    sort: { key: 'code', desc: false },
    page: 1,
    pageSize: BOOK_LIMIT,
  });
  const nodes = await listPlanNodes(ctx.db, { organizationId: actor.organizationId, planIds: [planId] });
  const focus = filter.nodeId ? pathsOf(nodes)(filter.nodeId) : undefined;
  const details = await filterLines(ctx, actor, filter, focus);
  if (filter.statusCategory) details.push(`Statut : ${categoryFilterLabel[filter.statusCategory]}`);
  details.push(`${list.page.total} fiche${list.page.total > 1 ? 's' : ''}${list.page.total > BOOK_LIMIT ? ` (les ${BOOK_LIMIT} premières)` : ''}`);
  return {
    planId,
    header: { ...header, title: plan.name, details },
    fiches: await fichesOf(ctx, actor.organizationId, list.data, nodes),
    total: list.page.total,
  };
}

const categoryFilterLabel = { not_started: 'à lancer', in_progress: 'en cours', done: 'terminées', stopped: 'arrêtées' } as const;

/** One fiche (404 when the actor may not read it), printed as in the recueil. */
export async function gatherFiche(ctx: AppContext, actor: MemberActor, actionId: string, header: Omit<ReportHeader, 'title' | 'details'>): Promise<ActionBookData & { planId: string }> {
  const { action, plan, resource } = await getAction(ctx, actor, actionId);
  const presented = await presentAction(ctx.db, ctx, action, resource);
  const nodes = await listPlanNodes(ctx.db, { organizationId: actor.organizationId, planIds: [plan.id] });
  const copilots = new Map([[action.id, presented.copilots.map((c) => c.name)]]);
  const [fiche] = await fichesOf(ctx, actor.organizationId, [presented], nodes, copilots);
  return {
    planId: plan.id,
    header: { ...header, title: `${presented.code} ${presented.title}`, details: [`Plan : ${plan.name}`] },
    fiches: [fiche!],
    total: 1,
  };
}
