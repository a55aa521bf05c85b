import { allowedProjectTransitions, proposeAlignmentScore, type Project, type ProjectSummary } from '@pilotis/shared';
import type { ProjectRow } from './portfolio.table.js';
import type { PortfolioScores } from './project-score-totals.js';
import type { ProjectListRow } from './project.repository.js';

/** Project fields worth a line in the fiche's history. */
export function auditedProject(
  row: ProjectRow,
  lists: { costs: { year: number; nature: string; plannedCents: number }[]; resources: { year: number; orgUnitId: string; fte: number }[] },
) {
  return {
    code: row.code,
    stage: row.stage,
    sponsorId: row.sponsorId,
    sponsorName: row.sponsorName,
    requestingUnitId: row.requestingUnitId,
    benefits: row.benefits,
    risks: row.risks,
    durationMonths: row.durationMonths,
    financeCodes: row.financeCodes,
    customWeight: row.customWeight,
    outcome: row.outcome,
    lessons: row.lessons,
    costs: lists.costs.map(({ year, nature, plannedCents }) => ({ year, nature, plannedCents })).sort(byYearThen),
    resources: lists.resources.map(({ year, orgUnitId, fte }) => ({ year, orgUnitId, fte })).sort(byYearThen),
  };
}
const byYearThen = (a: { year: number }, b: { year: number }) => a.year - b.year || JSON.stringify(a).localeCompare(JSON.stringify(b));

export function presentProjectSummary(row: ProjectListRow, scores: PortfolioScores): ProjectSummary {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    stage: row.stage,
    sponsor: row.sponsorId ? { id: row.sponsorId, name: row.sponsorUserName ?? '' } : null,
    sponsorName: row.sponsorName,
    requestingUnit: row.requestingUnitId ? { id: row.requestingUnitId, name: row.requestingUnitName ?? '' } : null,
    totalPlannedCents: row.totalPlannedCents,
    fteTotal: Math.round(row.fteTotal * 100) / 100,
    score: scores.totalOf(row.id),
    rank: scores.rankOf(row.id),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    requestedBy: row.requestedById ? { id: row.requestedById, name: row.requestedByName ?? '' } : null,
    submittedAt: row.submittedAt,
    version: row.version,
  };
}

type Detail = Omit<Project, keyof ProjectSummary | 'scores' | 'allowedTransitions' | 'historyUrl'>;

/** Per criterion: the evaluators' mean, mine, and for `alignment` the score proposed from the objectives. */
export function presentCriterionScores(
  scores: PortfolioScores,
  actionId: string,
  mine: Map<string, { score: number; comment: string }>,
  objectives: { planKind: string }[],
): Project['scores'] {
  const means = scores.meansOf(actionId);
  return scores.criteria.map((c) => ({
    criterionId: c.id,
    name: c.name,
    weight: c.weight,
    scaleMin: c.scaleMin,
    scaleMax: c.scaleMax,
    kind: c.kind,
    mean: means.get(c.id) ?? null,
    evaluatorCount: scores.countOf(actionId, c.id),
    mine: mine.get(c.id) ?? null,
    proposed: c.kind === 'alignment' ? proposeAlignmentScore(objectives, c) : null,
  }));
}

export function presentProject(summary: ProjectSummary, detail: Detail, criterionScores: Project['scores']): Project {
  return {
    ...summary,
    ...detail,
    scores: criterionScores,
    allowedTransitions: [...allowedProjectTransitions[summary.stage]],
    historyUrl: `/api/history/action/${summary.id}`,
  };
}
