import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/tokens.js';
import { insertAction, replaceActionNodeLinks } from '../actions/action.repository.js';
import { refreshSearchText } from '../actions/action.search.js';
import { insertMilestone } from '../actions/parts/milestone.repository.js';
import { recordChange } from '../audit/audit.service.js';
import { insertDecision } from '../portfolios/arbitration.repository.js';
import { yearsOf } from '../portfolios/portfolio.access.js';
import { replaceCapacities, replaceCriteria, saveSettings } from '../portfolios/portfolio.repository.js';
import { replacePlannedCosts } from '../portfolios/project-costs.js';
import { upsertScores } from '../portfolios/project-score.repository.js';
import { insertProject, replaceProjectResources } from '../portfolios/project.repository.js';
import { DEMO_PORTFOLIO, DEMO_PROJECTS, type DemoProject } from './demo-portfolio.data.js';
import { insertDemoNodes, nodeIdsByTitle } from './demo-portfolio.repository.js';
import { insertDemoPlan, statusesByLabel } from './demo-plans.repository.js';
import type { DemoPeople } from './demo-plans.seed.js';

const STATUS_OF_STAGE: Partial<Record<DemoProject['stage'], string>> = { in_progress: 'En cours', closed: 'Terminé' };

/**
 * The demo's project portfolio (issue 8): settings, capacities, criteria, eight projects at every
 * stage with their costs, FTE, scores and objectives, and the two committee decisions behind the
 * approved ones. Runs inside the demo seed's transaction, after the strategy plans it links to.
 */
export async function seedDemoPortfolio(tx: DbOrTx, ctx: { organizationId: string; clock: Clock }, people: DemoPeople, unitIds: Map<string, string>) {
  const { organizationId, clock } = ctx;
  const now = clock.now();
  const planId = newId();
  const scope = { organizationId, planId };
  const spec = DEMO_PORTFOLIO;
  const plan = { name: spec.name, kind: 'portfolio' as const, description: spec.description, startsOn: `${spec.startYear}-01-01`, endsOn: `${spec.endYear}-12-31`, state: 'active' as const, levelNames: ['Programme'] };
  await insertDemoPlan(tx, { id: planId, organizationId, ...plan, createdAt: now, updatedAt: now }, [
    { userId: people.admin, role: 'manager' },
    { userId: people.pilot, role: 'contributor' },
  ]);
  const programmeIds = spec.programmes.map(() => newId());
  await insertDemoNodes(tx, spec.programmes.map((title, position) => ({ id: programmeIds[position]!, organizationId, planId, title, position, createdAt: now, updatedAt: now })));

  const years = yearsOf(spec);
  await saveSettings(tx, { ...scope, version: 0 }, { startYear: spec.startYear, endYear: spec.endYear, weightMode: 'budget', updatedAt: now });
  await replaceCapacities(tx, scope, {
    budget: years.flatMap((year) => [
      { year, nature: 'investment' as const, amountCents: spec.budget[0] * 100 },
      { year, nature: 'operating' as const, amountCents: spec.budget[1] * 100 },
    ]),
    fte: years.flatMap((year) => spec.fte.map(([unit, fte]) => ({ year, orgUnitId: unitIds.get(unit)!, fte }))),
  });
  const criteria = spec.criteria.map((c, position) => ({ ...c, id: newId(), organizationId, planId, position }));
  await replaceCriteria(tx, scope, criteria);

  const statuses = await statusesByLabel(tx, organizationId);
  const objectives = await nodeIdsByTitle(tx, organizationId, [...new Set(DEMO_PROJECTS.flatMap((p) => p.objectives))]);
  const ids = new Map<string, string>();
  for (const [position, project] of DEMO_PROJECTS.entries()) {
    const id = newId();
    ids.set(project.code, id);
    const ref = { organizationId, actionId: id };
    const submittedAt = new Date(`${project.startsOn.slice(0, 4)}-01-0${1 + (position % 9)}T09:00:00Z`);
    await insertAction(tx, {
      id,
      organizationId,
      planId,
      nodeId: programmeIds[project.programme]!,
      position,
      title: project.title,
      expectedResults: project.benefits,
      leadOrgUnitId: unitIds.get(project.unit)!,
      pilotId: project.stage === 'in_progress' || project.stage === 'closed' ? people.pilot : null,
      startsOn: project.startsOn,
      endsOn: project.endsOn,
      statusId: statuses.get(STATUS_OF_STAGE[project.stage] ?? 'À lancer')!.id,
      progress: project.progress ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    await replaceActionNodeLinks(tx, ref, project.objectives.map((title) => objectives.get(title)).filter((nodeId): nodeId is string => !!nodeId));
    await refreshSearchText(tx, ref);
    await insertProject(tx, {
      actionId: id,
      organizationId,
      planId,
      code: project.code,
      stage: project.stage,
      sponsorName: project.sponsorName,
      requestingUnitId: unitIds.get(project.unit)!,
      benefits: project.benefits,
      risks: project.risks,
      requestedById: project.requestedByReader ? people.reader : people.pilot,
      submittedAt,
      outcome: project.closing?.outcome ?? null,
      lessons: project.closing?.lessons ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await replacePlannedCosts(tx, ref, project.costs.map(([year, nature, euros]) => ({ year, nature, plannedCents: euros * 100 })), now);
    await replaceProjectResources(tx, ref, project.fte.map(([year, unit, fte]) => ({ year, orgUnitId: unitIds.get(unit)!, fte })));
    if (project.scores) {
      await upsertScores(tx, { ...ref, evaluatorId: people.admin, at: now }, project.scores.map((score, k) => ({ criterionId: criteria[k]!.id, score, comment: '' })));
    }
    for (const [index, [title, dueOn, doneOn]] of (project.milestones ?? []).entries()) {
      await insertMilestone(tx, { id: newId(), organizationId, actionId: id, title, dueOn, doneOn, position: index, createdAt: now, updatedAt: now });
    }
  }
  const decided = (codes: string[]) => codes.map((code) => ids.get(code)!);
  await insertDecision(tx, { id: newId(), organizationId, planId, decidedOn: '2025-12-09', body: 'Comité numérique', note: 'Feuille de route 2026 : socle et dématérialisation d’abord.', approvedIds: decided(['DSI-2026-001', 'DSI-2026-002', 'DSI-2026-003']), createdById: people.admin, createdAt: now });
  await insertDecision(tx, { id: newId(), organizationId, planId, decidedOn: '2026-03-17', body: 'Comité numérique', note: 'Les écoles d’abord ; le portail citoyen revient en arbitrage avec le budget 2027.', approvedIds: decided(['DSI-2026-004']), createdById: people.admin, createdAt: now });
  await recordChange(tx, { organizationId, actorUserId: null, clock }, { entityType: 'plan', entityId: planId, action: 'create', before: null, after: plan });
}
