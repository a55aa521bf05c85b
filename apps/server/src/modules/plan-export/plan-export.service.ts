import type { PlanExportDocument, PlanTreeNode, Rollup } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import { codesOfNodes } from '../actions/action-code.js';
import { listPlanNodes } from '../actions/action.repository.js';
import { indicatorReaderOf } from '../dashboards/dashboard-access.js';
import { listOrgUnits } from '../org-units/org-unit.repository.js';
import { findOrganization } from '../organizations/organization.repository.js';
import { getPlanTree } from '../plan-nodes/plan-tree.service.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import type { PlanRow } from '../plans/plan.table.js';
import { buildPlanDocument, referencedUserIds, unitPathsOf, type ExportRows } from './plan-export.document.js';
import {
  selectActionLists,
  selectActionParts,
  selectExportActions,
  selectExportIndicators,
  selectExportNodes,
  selectIndicatorParts,
  selectPeople,
} from './plan-export.repository.js';

export interface LoadedExport {
  plan: PlanRow;
  rows: ExportRows;
}

/**
 * Everything of the plan the actor may read: 404 when they may not read the plan; managers and
 * admins read every fiche, others what the action list shows them (the `unit` rule, in SQL);
 * indicators by the indicator rule (drafts only where they are inside). `withLog` reads the journal
 * too (the JSON document and the « Journal » sheet need it, the CSV does not).
 */
export async function loadPlanExport(ctx: AppContext, actor: MemberActor, planId: string, { withLog }: { withLog: boolean }): Promise<LoadedExport> {
  const { plan, resource } = await loadPlanForActor(ctx.db, actor, planId);
  const scope = { ...scopeOf(actor), planId };
  const reader = can(actor, 'plan.update', resource) ? null : { userId: actor.userId, unitIds: actor.unitIds };
  const indicatorReader = await indicatorReaderOf(ctx.db, actor);
  const [organization, nodes, actions, lists, parts, units, indicatorRows] = await Promise.all([
    findOrganization(ctx.db, actor.organizationId),
    selectExportNodes(ctx.db, scope),
    selectExportActions(ctx.db, { ...scope, reader }),
    selectActionLists(ctx.db, scope),
    selectActionParts(ctx.db, { ...scope, withLog }),
    listOrgUnits(ctx.db, scopeOf(actor)),
    selectExportIndicators(ctx.db, { ...scope, reader: indicatorReader }),
  ]);

  // Parts were read for the whole plan: keep those of the fiches the actor reads.
  const readable = new Set(actions.map((r) => r.action.id));
  const mine = <T>(list: T[], id: (row: T) => string) => list.filter((row) => readable.has(id(row)));
  const indicatorParts = await selectIndicatorParts(ctx.db, {
    ...scopeOf(actor),
    indicatorIds: indicatorRows.map((r) => r.indicator.id),
    draftIds: indicatorRows.filter((r) => r.inside).map((r) => r.indicator.id),
  });

  // Links to other plans' nodes name them by plan and code there.
  const links = mine(lists.links, (l) => l.actionId);
  const otherNodes = await listPlanNodes(ctx.db, { ...scopeOf(actor), planIds: [...new Set(links.map((l) => l.planId))] });
  const otherCodes = codesOfNodes(otherNodes);
  const otherTitles = new Map(otherNodes.map((n) => [n.id, n.title]));

  const partial = {
    plan,
    nodes,
    nodeCodes: codesOfNodes(nodes),
    actions,
    copilots: mine(lists.copilots, (c) => c.actionId),
    units: mine(lists.units, (u) => u.actionId),
    links: links.map((l) => ({ actionId: l.actionId, planName: l.planName, code: otherCodes.get(l.nodeId) ?? '?', title: otherTitles.get(l.nodeId) ?? '' })),
    parts: {
      milestones: mine(parts.milestones, (m) => m.actionId),
      tasks: mine(parts.tasks, (t) => t.actionId),
      budget: mine(parts.budget, (b) => b.actionId),
      attachments: mine(parts.attachments, (a) => a.ownerId),
      log: mine(parts.log, (l) => l.actionId),
    },
    indicators: indicatorRows.map((r) => r.indicator),
    indicatorParts,
  };
  const people = await selectPeople(ctx.db, referencedUserIds(partial));
  const rows: ExportRows = {
    ...partial,
    organizationName: organization?.name ?? '',
    people: new Map(people.map((p) => [p.id, { email: p.email, name: p.name }])),
    unitPaths: unitPathsOf(units),
    exportedAt: ctx.clock.now(),
  };
  return { plan, rows };
}

/** GET /api/plans/:id/export.json: the whole « pilotis.plan » document. */
export async function exportPlanDocument(ctx: AppContext, actor: MemberActor, planId: string): Promise<PlanExportDocument> {
  const { rows } = await loadPlanExport(ctx, actor, planId, { withLog: true });
  return buildPlanDocument(rows);
}

/** The plan's tree with its roll-ups, as the plan page shows it (the « Arborescence » sheet). */
export async function loadPlanTree(ctx: AppContext, actor: MemberActor, planId: string): Promise<{ nodes: PlanTreeNode[]; rollup: Rollup }> {
  const { nodesJson, rollupJson } = await getPlanTree(ctx, actor, planId);
  return { nodes: JSON.parse(`[${nodesJson}]`) as PlanTreeNode[], rollup: JSON.parse(rollupJson) as Rollup };
}
