import type { ProjectStage, ProjectSummary } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { loadPortfolioForActor } from './portfolio.access.js';
import { loadPortfolioScores } from './project-score-totals.js';
import { presentProjectSummary } from './project.presenter.js';
import { listPortfolioProjects } from './project.repository.js';

/** The portfolio's projects (optionally of one stage), by code, with score and rank. */
export async function listProjects(ctx: AppContext, actor: MemberActor, planId: string, query: { stage?: ProjectStage }): Promise<ProjectSummary[]> {
  await loadPortfolioForActor(ctx.db, actor, planId);
  const scope = { ...scopeOf(actor), planId };
  const rows = await listPortfolioProjects(ctx.db, { ...scope, stages: query.stage ? [query.stage] : undefined });
  const scores = await loadPortfolioScores(ctx.db, scope);
  return rows.map((row) => presentProjectSummary(row, scores));
}
