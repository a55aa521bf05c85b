import type { projectRequestInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditedAction } from '../actions/action.presenter.js';
import { firstStatusOf, insertAction, nextActionPosition, replaceActionNodeLinks } from '../actions/action.repository.js';
import { refreshSearchText } from '../actions/action.search.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { lockPlan } from '../plans/plan.repository.js';
import type { PlanRow } from '../plans/plan.table.js';
import { loadPortfolioForActor } from './portfolio.access.js';
import { firstRootNode } from './portfolio.repository.js';
import { replacePlannedCosts } from './project-costs.js';
import { checkProjectRefs, toCents } from './project-refs.js';
import { auditedProject } from './project.presenter.js';
import { insertProject, projectCodesStartingWith, replaceProjectResources } from './project.repository.js';
import { todayOf } from '../../lib/clock.js';

type RequestInput = z.output<typeof projectRequestInputSchema>;

/**
 * Any member who reads the portfolio submits a request: a fiche in the portfolio (in `nodeId`, or
 * its first root node) with its project row at stage `request`, costs as planned budget lines,
 * resources, and links to the objectives it serves — all in one transaction, in the history.
 */
export async function submitProjectRequest(ctx: AppContext, actor: MemberActor, planId: string, input: RequestInput) {
  const { plan, resource } = await loadPortfolioForActor(ctx.db, actor, planId);
  authorize(actor, 'portfolio.submit', resource);
  const scope = scopeOf(actor);
  await checkProjectRefs(ctx.db, scope, input, planId);
  const nodeId = input.nodeId ?? (await firstRootNode(ctx.db, { ...scope, planId }));
  if (!nodeId) throw invalid([{ path: 'nodeId', message: 'Le portefeuille n’a encore aucun axe où ranger la demande' }]);
  const status = await firstStatusOf(ctx.db, { ...scope, category: 'not_started' });
  if (!status) throw invalid([{ path: 'nodeId', message: 'Aucun statut « à lancer » actif dans la collectivité' }]);
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    await lockPlan(tx, { ...scope, id: planId }); // one code generator at a time per portfolio
    const action = await insertAction(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      planId,
      nodeId,
      parentActionId: null,
      position: await nextActionPosition(tx, { ...scope, nodeId, parentActionId: null }),
      title: input.title,
      description: input.description,
      expectedResults: input.benefits,
      leadOrgUnitId: input.requestingUnitId,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      statusId: status.id,
      visibility: 'organization',
      createdAt: now,
      updatedAt: now,
    });
    const ref = { ...scope, actionId: action.id };
    const linkedNodeIds = [...new Set(input.objectiveNodeIds)];
    await replaceActionNodeLinks(tx, ref, linkedNodeIds);
    await refreshSearchText(tx, ref);
    const project = await insertProject(tx, {
      actionId: action.id,
      organizationId: actor.organizationId,
      planId,
      code: await nextProjectCode(tx, scope, plan, todayOf(ctx.clock).slice(0, 4)),
      stage: 'request',
      sponsorName: input.sponsorName ?? null,
      requestingUnitId: input.requestingUnitId,
      benefits: input.benefits,
      risks: input.risks,
      durationMonths: input.durationMonths ?? null,
      requestedById: actor.userId,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const costs = input.costs.map((c) => ({ year: c.year, nature: c.nature, plannedCents: toCents(c.amount) }));
    await replacePlannedCosts(tx, ref, costs, now);
    await replaceProjectResources(tx, ref, input.resources);
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'action',
      entityId: action.id,
      action: 'create',
      before: null,
      after: { ...auditedAction(action, { copilotIds: [], orgUnitIds: [], linkedNodeIds }), ...auditedProject(project, { costs, resources: input.resources }) },
    });
    return action.id;
  });
  return id;
}

/**
 * `<PREFIX>-<year>-<NNN>`: the prefix is the first word in capitals of the portfolio's name
 * (« Portefeuille DSI 2026–2028 » → DSI), else PRJ; numbers follow per prefix and year.
 */
export async function nextProjectCode(db: DbOrTx, scope: { organizationId: string }, plan: Pick<PlanRow, 'name'>, year: string) {
  const prefix = `${codePrefixOf(plan.name)}-${year}-`;
  const taken = await projectCodesStartingWith(db, { ...scope, prefix });
  const numbers = taken.map((code) => Number(code.slice(prefix.length))).filter((n) => Number.isInteger(n));
  const next = Math.max(0, ...numbers) + 1;
  return `${prefix}${String(next).padStart(3, '0')}`;
}

export function codePrefixOf(name: string) {
  return name.match(/\b[A-Z][A-Z0-9]{1,5}\b/)?.[0] ?? 'PRJ';
}
