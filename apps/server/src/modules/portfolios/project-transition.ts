import { canTransitionProject, projectStageLabels, transitionRequirements, type ProjectStage, type StatusCategory } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, conflict, type Issue } from '../../http/errors.js';
import type { MemberActor } from '../../http/actor.js';
import { lockAction, updateAction } from '../actions/action.repository.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import type { ProjectRow } from './portfolio.table.js';
import { firstStatusOfCategory, updateProject } from './project.repository.js';

export const transitionNotAllowed = (from: ProjectStage, to: ProjectStage) =>
  new AppError(
    409,
    'transition_not_allowed',
    `Le projet est « ${projectStageLabels[from]} » : il ne peut pas passer à « ${projectStageLabels[to]} ».`,
    [{ path: 'to', message: `Étape actuelle : ${projectStageLabels[from]}` }],
  );

/** 422: a well-formed request that breaks a rule of projects (closing review, scales, codes). */
export const unprocessable = (issues: Issue[], message = 'Données invalides') => new AppError(422, 'validation_failed', message, issues);

/** Where the fiche's status follows its project: running, done, or given up. */
const statusCategoryOf: Partial<Record<ProjectStage, StatusCategory>> = { in_progress: 'in_progress', closed: 'done', rejected: 'stopped' };

/**
 * Moves one project (checked and locked by the caller's transaction) to `to`: the stage, the
 * fiche's status when it follows, and one `project.transition` event in the fiche's history.
 */
export async function applyTransition(
  tx: DbOrTx,
  ctx: AppContext,
  actor: MemberActor,
  project: ProjectRow,
  change: { to: ProjectStage; version: number; outcome?: string; lessons?: string; note?: string; decisionId?: string },
) {
  if (!canTransitionProject(project.stage, change.to)) throw transitionNotAllowed(project.stage, change.to);
  const missing = transitionRequirements(change.to, change);
  if (missing.length > 0) throw unprocessable(missing, 'La clôture demande le résultat obtenu et les enseignements');
  const scope = { organizationId: actor.organizationId };
  const now = ctx.clock.now();
  const closing = change.to === 'closed' ? { outcome: change.outcome ?? null, lessons: change.lessons ?? null } : {};
  const updated = await updateProject(tx, { ...scope, id: project.actionId, version: change.version }, { stage: change.to, ...closing, updatedAt: now });
  if (!updated) throw conflict('Le projet a été modifié entre-temps ; rechargez-le avant de réessayer');
  const category = statusCategoryOf[change.to];
  const action = await lockAction(tx, { ...scope, id: project.actionId });
  const statusId = category ? await firstStatusOfCategory(tx, { ...scope, category }) : undefined;
  if (action && statusId && statusId !== action.statusId) {
    await updateAction(tx, { ...scope, id: action.id, version: action.version }, { statusId, ...(change.to === 'closed' ? { progress: 100 } : {}), updatedAt: now });
  }
  await recordChange(tx, auditContextOf(ctx, actor), {
    entityType: 'action',
    entityId: project.actionId,
    action: 'project.transition',
    before: { stage: project.stage, statusId: action?.statusId ?? null, outcome: project.outcome, lessons: project.lessons },
    after: {
      stage: change.to,
      statusId: statusId ?? action?.statusId ?? null,
      outcome: updated.outcome,
      lessons: updated.lessons,
      note: change.note ?? null,
      decisionId: change.decisionId ?? null,
    },
  });
  return updated;
}
