import type { Project, ProjectAbilities, projectTransitionInputSchema, projectUpdateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, notFound } from '../../http/errors.js';
import { abilities, authorize } from '../../policies/index.js';
import type { ProjectResource } from '../../policies/portfolio.policy.js';
import { codesOfNodes } from '../actions/action-code.js';
import { auditedAction } from '../actions/action.presenter.js';
import { findActionNodeLinkIds, listPlanNodes, lockAction, replaceActionNodeLinks, updateAction } from '../actions/action.repository.js';
import { refreshSearchText } from '../actions/action.search.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import type { ActionRow } from '../actions/action.table.js';
import { loadProjectForActor } from './portfolio.access.js';
import type { ProjectRow } from './portfolio.table.js';
import { plannedCostsOf, replacePlannedCosts } from './project-costs.js';
import { checkProjectRefs, toCents } from './project-refs.js';
import { listProjectScores } from './project-score.repository.js';
import { loadPortfolioScores } from './project-score-totals.js';
import { applyTransition, unprocessable } from './project-transition.js';
import { auditedProject, presentCriterionScores, presentProject, presentProjectSummary } from './project.presenter.js';
import { codeTaken, listLinkedObjectives, listPortfolioProjects, listProjectResources, replaceProjectResources, updateProject } from './project.repository.js';

type UpdateInput = z.output<typeof projectUpdateInputSchema>;
type TransitionInput = z.output<typeof projectTransitionInputSchema>;

const PROJECT_ACTIONS = ['project.update', 'project.transition', 'project.score'] as const;
export const projectAbilities = (actor: MemberActor, resource: ProjectResource) => abilities(actor, PROJECT_ACTIONS, resource) as ProjectAbilities;

export async function getProject(ctx: AppContext, actor: MemberActor, id: string) {
  const loaded = await loadProjectForActor(ctx.db, actor, id);
  return { data: await readProject(ctx.db, actor, loaded), can: projectAbilities(actor, loaded.resource) };
}

/** The whole project as the actor sees it (their own scores among the evaluators'), from its row and fiche as `loadProjectForActor` found them. */
export async function readProject(db: DbOrTx, actor: MemberActor, { project, action }: { project: ProjectRow; action: ActionRow }): Promise<Project> {
  const scope = scopeOf(actor);
  const id = project.actionId;
  const [row] = await listPortfolioProjects(db, { ...scope, planId: project.planId, ids: [id] });
  if (!row) throw notFound('Projet');
  const objectives = await listLinkedObjectives(db, { ...scope, actionIds: [id] });
  const codes = codesOfNodes(await listPlanNodes(db, { ...scope, planIds: [...new Set(objectives.map((o) => o.planId))] }));
  const scores = await loadPortfolioScores(db, { ...scope, planId: project.planId });
  const mine = new Map(
    (await listProjectScores(db, { ...scope, actionId: id })).filter((s) => s.evaluatorId === actor.userId).map((s) => [s.criterionId, { score: s.score, comment: s.comment }]),
  );
  const detail = {
    planId: project.planId,
    nodeId: action.nodeId,
    description: action.description,
    benefits: project.benefits,
    risks: project.risks,
    durationMonths: project.durationMonths,
    financeCodes: project.financeCodes,
    customWeight: project.customWeight,
    outcome: project.outcome,
    lessons: project.lessons,
    progress: action.progress,
    costs: await plannedCostsOf(db, { ...scope, actionId: id }),
    resources: await listProjectResources(db, { ...scope, actionId: id }),
    objectives: objectives.map((o) => ({ nodeId: o.nodeId, code: codes.get(o.nodeId) ?? '', title: o.title, planId: o.planId, planName: o.planName })),
  };
  return presentProject(presentProjectSummary(row, scores), detail, presentCriterionScores(scores, id, mine, objectives));
}

/** Managers change a project's fields; lists replace; `version` is the project's. */
export async function changeProject(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  const { project, resource } = await loadProjectForActor(ctx.db, actor, id);
  authorize(actor, 'project.update', resource);
  const scope = scopeOf(actor);
  const { version, costs, resources, objectiveNodeIds, title, description, startsOn, endsOn, ...fields } = input;
  if (version !== project.version) throw conflict('Le projet a été modifié entre-temps ; rechargez-le avant de réessayer');
  await checkProjectRefs(ctx.db, scope, { requestingUnitId: fields.requestingUnitId, sponsorId: fields.sponsorId, resources, objectiveNodeIds }, project.planId);
  if (fields.code && (await codeTaken(ctx.db, { ...scope, code: fields.code, exceptId: id }))) {
    throw unprocessable([{ path: 'code', message: 'Ce code est déjà celui d’un autre projet de la collectivité' }]);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const ref = { ...scope, actionId: id };
    const action = await lockAction(tx, { ...scope, id });
    if (!action) throw notFound('Projet');
    const linksBefore = await findActionNodeLinkIds(tx, ref);
    const before = { ...auditedAction(action, { copilotIds: [], orgUnitIds: [], linkedNodeIds: linksBefore }), ...auditedProject(project, { costs: await plannedCostsOf(tx, ref), resources: await listProjectResources(tx, ref) }) };
    const updated = await updateProject(tx, { ...scope, id, version }, { ...fields, updatedAt: now });
    if (!updated) throw conflict('Le projet a été modifié entre-temps ; rechargez-le avant de réessayer');
    const actionChanges = {
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(startsOn !== undefined ? { startsOn } : {}),
      ...(endsOn !== undefined ? { endsOn } : {}),
      ...(fields.benefits !== undefined ? { expectedResults: fields.benefits } : {}),
      ...(fields.requestingUnitId !== undefined ? { leadOrgUnitId: fields.requestingUnitId } : {}),
    };
    const actionAfter = Object.keys(actionChanges).length > 0 ? await updateAction(tx, { ...scope, id, version: action.version }, { ...actionChanges, updatedAt: now }) : action;
    if (!actionAfter) throw conflict();
    if (objectiveNodeIds) await replaceActionNodeLinks(tx, ref, [...new Set(objectiveNodeIds)]);
    if (costs) await replacePlannedCosts(tx, ref, costs.map((c) => ({ year: c.year, nature: c.nature, plannedCents: toCents(c.amount) })), now);
    if (resources) await replaceProjectResources(tx, ref, resources);
    if (title !== undefined || description !== undefined) await refreshSearchText(tx, ref);
    const after = {
      ...auditedAction(actionAfter, { copilotIds: [], orgUnitIds: [], linkedNodeIds: await findActionNodeLinkIds(tx, ref) }),
      ...auditedProject(updated, { costs: await plannedCostsOf(tx, ref), resources: await listProjectResources(tx, ref) }),
    };
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'action', entityId: id, action: 'update', before, after });
  });
  return getProject(ctx, actor, id);
}

/** Managers move a project along its lifecycle (shared `allowedProjectTransitions`). */
export async function transitionProject(ctx: AppContext, actor: MemberActor, id: string, input: TransitionInput) {
  const { project, resource } = await loadProjectForActor(ctx.db, actor, id);
  authorize(actor, 'project.transition', resource);
  await ctx.db.transaction((tx) => applyTransition(tx, ctx, actor, project, input));
  return getProject(ctx, actor, id);
}
