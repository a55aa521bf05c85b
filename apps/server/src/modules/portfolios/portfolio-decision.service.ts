import { projectStageLabels, type PortfolioDecision, type portfolioDecisionInputSchema, type ProjectStage } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, invalid } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { insertDecision, listDecisions } from './arbitration.repository.js';
import { loadPortfolioForActor } from './portfolio.access.js';
import type { PortfolioDecisionRow } from './portfolio.table.js';
import { applyTransition } from './project-transition.js';
import { listPortfolioProjects, lockPlanProjects } from './project.repository.js';

type DecisionInput = z.output<typeof portfolioDecisionInputSchema>;

/**
 * Records an arbitration committee's decision and moves every named project to approved,
 * rejected or postponed, atomically: one project of another portfolio (400) or not in
 * arbitration (409, listing them) and nothing is written.
 */
export async function recordDecision(ctx: AppContext, actor: MemberActor, planId: string, input: DecisionInput) {
  const { resource } = await loadPortfolioForActor(ctx.db, actor, planId);
  authorize(actor, 'portfolio.manage', resource);
  const scope = { ...scopeOf(actor), planId };
  const targets: [string, ProjectStage][] = [
    ...input.approvedIds.map((id): [string, ProjectStage] => [id, 'approved']),
    ...input.rejectedIds.map((id): [string, ProjectStage] => [id, 'rejected']),
    ...input.postponedIds.map((id): [string, ProjectStage] => [id, 'postponed']),
  ];
  const id = await ctx.db.transaction(async (tx) => {
    const locked = new Map((await lockPlanProjects(tx, { ...scope, ids: targets.map(([projectId]) => projectId) })).map((p) => [p.actionId, p]));
    const missing = targets.filter(([projectId]) => !locked.has(projectId));
    if (missing.length > 0) throw invalid([{ path: 'approvedIds', message: `Projets introuvables dans ce portefeuille : ${missing.length}` }]);
    const notInArbitration = [...locked.values()].filter((p) => p.stage !== 'arbitration');
    if (notInArbitration.length > 0) {
      const list = notInArbitration.map((p) => `${p.code} (${projectStageLabels[p.stage]})`).join(', ');
      throw new AppError(409, 'transition_not_allowed', `Seuls les projets en arbitrage peuvent être décidés : ${list}`, notInArbitration.map((p) => ({ path: p.actionId, message: `${p.code} : ${projectStageLabels[p.stage]}` })));
    }
    const decision = await insertDecision(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      planId,
      decidedOn: input.decidedOn,
      body: input.body,
      note: input.note,
      approvedIds: input.approvedIds,
      rejectedIds: input.rejectedIds,
      postponedIds: input.postponedIds,
      createdById: actor.userId,
      createdAt: ctx.clock.now(),
    });
    for (const [projectId, to] of targets) {
      const project = locked.get(projectId)!;
      await applyTransition(tx, ctx, actor, project, { to, version: project.version, note: `${input.body}, ${input.decidedOn}`, decisionId: decision.id });
    }
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: planId,
      action: 'portfolio.decision',
      before: null,
      after: { decidedOn: input.decidedOn, body: input.body, note: input.note, approvedIds: input.approvedIds, rejectedIds: input.rejectedIds, postponedIds: input.postponedIds },
    });
    return decision.id;
  });
  const decision = (await listPortfolioDecisions(ctx, actor, planId)).find((d) => d.id === id);
  return decision!;
}

export async function listPortfolioDecisions(ctx: AppContext, actor: MemberActor, planId: string): Promise<PortfolioDecision[]> {
  await loadPortfolioForActor(ctx.db, actor, planId);
  const scope = { ...scopeOf(actor), planId };
  const rows = await listDecisions(ctx.db, scope);
  const projects = new Map((await listPortfolioProjects(ctx.db, scope)).map((p) => [p.id, { id: p.id, code: p.code, title: p.title }]));
  const refs = (ids: string[]) => ids.map((id) => projects.get(id)).filter((p): p is { id: string; code: string; title: string } => !!p);
  return rows.map(({ decision, createdByName }) => presentDecision(decision, createdByName, refs));
}

function presentDecision(row: PortfolioDecisionRow, createdByName: string | null, refs: (ids: string[]) => { id: string; code: string; title: string }[]): PortfolioDecision {
  return {
    id: row.id,
    decidedOn: row.decidedOn,
    body: row.body,
    note: row.note,
    approved: refs(row.approvedIds),
    rejected: refs(row.rejectedIds),
    postponed: refs(row.postponedIds),
    createdBy: row.createdById ? { id: row.createdById, name: createdByName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
  };
}
