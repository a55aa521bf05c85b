import type { ProjectStage } from './portfolio.schema.js';

/**
 * The project lifecycle (issue 8). Rejected and closed are final; a postponed project comes back
 * to evaluation or straight to arbitration; only an approved project starts.
 */
export const allowedProjectTransitions: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = {
  request: ['evaluation'],
  evaluation: ['arbitration'],
  arbitration: ['approved', 'rejected', 'postponed'],
  postponed: ['evaluation', 'arbitration'],
  approved: ['in_progress'],
  in_progress: ['closed'],
  rejected: [],
  closed: [],
};

export function canTransitionProject(from: ProjectStage, to: ProjectStage): boolean {
  return allowedProjectTransitions[from].includes(to);
}

/** Stages whose budget and FTE count as used against the portfolio's capacity. */
export const committedProjectStages: readonly ProjectStage[] = ['approved', 'in_progress'];

/** French labels, for server messages. */
export const projectStageLabels: Readonly<Record<ProjectStage, string>> = {
  request: 'demande',
  evaluation: 'en évaluation',
  arbitration: 'en arbitrage',
  approved: 'validé',
  rejected: 'refusé',
  postponed: 'reporté',
  in_progress: 'en cours',
  closed: 'clôturé',
};

/** What a transition still needs, beyond being allowed (French messages keyed by field). */
export function transitionRequirements(to: ProjectStage, input: { outcome?: string | null; lessons?: string | null }) {
  const issues: { path: string; message: string }[] = [];
  if (to === 'closed') {
    if (!input.outcome?.trim()) issues.push({ path: 'outcome', message: 'Indiquez le résultat obtenu pour clôturer le projet.' });
    if (!input.lessons?.trim()) issues.push({ path: 'lessons', message: 'Indiquez les enseignements pour clôturer le projet.' });
  }
  return issues;
}
