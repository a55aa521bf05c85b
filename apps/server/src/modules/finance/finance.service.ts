import type { FinanceAssignInput } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/errors.js';
import { recordChange, auditContextOf } from '../audit/audit.service.js';
import { can } from '../../policies/index.js';
import { loadPortfolioFor } from './finance-access.js';
import { recordBudgetChanges } from './finance-history.js';
import { natureOfProject } from './finance-import.service.js';
import { countFinanceLines, listFinanceLines } from './finance-read.repository.js';
import { assignFinanceLine, findFinanceLine, listPortfolioProjects, readBudgetAmounts, recomputeBudgetLines } from './finance.repository.js';
import { presentFinanceLine } from './finance.presenter.js';

export async function listPortfolioFinanceLines(ctx: AppContext, actor: MemberActor, query: { portfolioId: string; unmatched: boolean; limit: number }) {
  const { resource } = await loadPortfolioFor(ctx.db, actor, query.portfolioId, 'finance.read');
  const scope = { organizationId: actor.organizationId, portfolioId: query.portfolioId };
  const [rows, counts] = await Promise.all([listFinanceLines(ctx.db, { ...scope, unmatched: query.unmatched, limit: query.limit }), countFinanceLines(ctx.db, scope)]);
  return { data: rows.map(presentFinanceLine), counts, can: { import: can(actor, 'finance.import', resource), assign: can(actor, 'finance.assign', resource) } };
}

/**
 * Assigns a line to a project of its portfolio by hand (null: back to unmatched). A later import
 * of the same line keeps this choice. Both projects' committed / spent follow, in one transaction.
 */
export async function assignLine(ctx: AppContext, actor: MemberActor, lineId: string, input: FinanceAssignInput) {
  const scope = { organizationId: actor.organizationId };
  const line = await findFinanceLine(ctx.db, { ...scope, id: lineId });
  if (!line) throw notFound('Ligne financière');
  await loadPortfolioFor(ctx.db, actor, line.portfolioId, 'finance.assign');
  const projects = await listPortfolioProjects(ctx.db, { ...scope, planId: line.portfolioId });
  const project = input.actionId === null ? null : projects.find((p) => p.actionId === input.actionId);
  if (input.actionId !== null && !project) {
    throw new AppError(422, 'validation_failed', 'Projet introuvable dans ce portefeuille', [{ path: 'actionId', message: 'Choisissez un projet de ce portefeuille' }]);
  }
  const nature = line.natureFromFile ? line.nature : natureOfProject(project?.natures);
  const touched = [...new Set([line.actionId, input.actionId].filter((id): id is string => id !== null))];
  const updated = await ctx.db.transaction(async (tx) => {
    const before = await readBudgetAmounts(tx, { ...scope, actionIds: touched });
    const row = await assignFinanceLine(tx, { ...scope, id: lineId }, { actionId: input.actionId, matchedBy: input.actionId ? 'manual' : null, nature });
    await recomputeBudgetLines(tx, { ...scope, actionIds: touched, now: ctx.clock.now() });
    await recordBudgetChanges(tx, ctx, actor, before, await readBudgetAmounts(tx, { ...scope, actionIds: touched }));
    const codeOf = (actionId: string | null) => projects.find((p) => p.actionId === actionId)?.code ?? null;
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: line.portfolioId,
      action: 'finance.assign',
      before: { [`finance:${line.reference}`]: codeOf(line.actionId) },
      after: { [`finance:${line.reference}`]: codeOf(input.actionId) },
    });
    return row!;
  });
  return presentFinanceLine({ ...updated, projectCode: project?.code ?? null, projectTitle: project?.title ?? null });
}
