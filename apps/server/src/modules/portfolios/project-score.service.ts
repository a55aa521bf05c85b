import { scoreWithinScale, type projectScoresInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid, type Issue } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadProjectForActor } from './portfolio.access.js';
import { criteriaOfPlan, listProjectScores, upsertScores } from './project-score.repository.js';
import { unprocessable } from './project-transition.js';
import { readProject } from './project.service.js';

type ScoresInput = z.output<typeof projectScoresInputSchema>;

/**
 * The evaluator's own scores of a project (one per criterion; others' stay). A criterion of
 * another portfolio → 400; a score outside its criterion's scale → 422 on `scores.N.score`.
 * In the fiche's history as `project.scores`, one field per criterion.
 */
export async function putMyScores(ctx: AppContext, actor: MemberActor, id: string, input: ScoresInput) {
  const { project, action, resource } = await loadProjectForActor(ctx.db, actor, id);
  authorize(actor, 'project.score', resource);
  const scope = scopeOf(actor);
  const criteria = new Map((await criteriaOfPlan(ctx.db, { ...scope, planId: project.planId })).map((c) => [c.id, c]));
  const unknown = input.scores.findIndex((s) => !criteria.has(s.criterionId));
  if (unknown >= 0) throw invalid([{ path: `scores.${unknown}.criterionId`, message: 'Critère introuvable dans ce portefeuille' }]);
  const outside: Issue[] = input.scores.flatMap((s, index) => {
    const c = criteria.get(s.criterionId)!;
    return scoreWithinScale(s.score, c) ? [] : [{ path: `scores.${index}.score`, message: `La note de « ${c.name} » doit être comprise entre ${c.scaleMin} et ${c.scaleMax}` }];
  });
  if (outside.length > 0) throw unprocessable(outside, 'Note hors de l’échelle du critère');
  await ctx.db.transaction(async (tx) => {
    const mine = (await listProjectScores(tx, { ...scope, actionId: id })).filter((s) => s.evaluatorId === actor.userId);
    const before = Object.fromEntries(mine.filter((s) => criteria.has(s.criterionId)).map((s) => [`score:${criteria.get(s.criterionId)!.name}`, s.score]));
    await upsertScores(tx, { ...scope, actionId: id, evaluatorId: actor.userId, at: ctx.clock.now() }, input.scores.map((s) => ({ ...s, comment: s.comment ?? '' })));
    const after = { ...before, ...Object.fromEntries(input.scores.map((s) => [`score:${criteria.get(s.criterionId)!.name}`, s.score])) };
    // Scoring the same again leaves no empty line in the history.
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'action', entityId: id, action: 'project.scores', before, after });
    }
  });
  const fresh = await readProject(ctx.db, actor, { project, action }); // scores change neither the project row nor its fiche
  return { score: fresh.score, scores: fresh.scores };
}
