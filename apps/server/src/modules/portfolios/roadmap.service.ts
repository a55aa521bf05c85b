import { isLate, type ProjectStage, type Roadmap } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { todayOf } from '../../lib/clock.js';
import { groupBy } from '../../lib/group-by.js';
import { listMilestonesOf } from './arbitration.repository.js';
import { loadPortfolioForActor, portfolioPeriod } from './portfolio.access.js';
import { listPortfolioProjects } from './project.repository.js';

const ROADMAP_STAGES: ProjectStage[] = ['approved', 'in_progress', 'closed'];

/**
 * Approved, running and closed projects over the portfolio's period (those dated entirely outside
 * it are left out; undated ones stay, to be dated), in start order, with their milestones.
 */
export async function getRoadmap(ctx: AppContext, actor: MemberActor, planId: string): Promise<Roadmap> {
  const { plan } = await loadPortfolioForActor(ctx.db, actor, planId);
  const scope = { ...scopeOf(actor), planId };
  const { startYear, endYear } = await portfolioPeriod(ctx.db, plan, ctx.clock);
  const periodStart = `${startYear}-01-01`;
  const periodEnd = `${endYear}-12-31`;
  const rows = (await listPortfolioProjects(ctx.db, { ...scope, stages: ROADMAP_STAGES })).filter(
    (row) => !(row.endsOn && row.endsOn < periodStart) && !(row.startsOn && row.startsOn > periodEnd),
  );
  const milestonesOf = groupBy(await listMilestonesOf(ctx.db, { ...scopeOf(actor), actionIds: rows.map((row) => row.id) }), (m) => m.actionId);
  const today = todayOf(ctx.clock);
  const projects = rows
    .map((row) => {
      const own = milestonesOf.get(row.id) ?? [];
      return {
        id: row.id,
        code: row.code,
        title: row.title,
        stage: row.stage,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        progress: row.category === 'done' ? 100 : row.progress,
        late: isLate({ category: row.category, endsOn: row.endsOn }, own, today),
        milestones: own.map(({ id, title, dueOn, doneOn }) => ({ id, title, dueOn, doneOn })),
      };
    })
    .sort((a, b) => (a.startsOn ?? '9999').localeCompare(b.startsOn ?? '9999') || a.code.localeCompare(b.code));
  return { startYear, endYear, projects };
}
