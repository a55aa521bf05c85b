import type { ArbitrationProject, ProjectStage } from '@pilotis/shared';

/** Sort keys of the arbitration table; `-` first = descending. */
export type ArbitrationSort = 'score' | '-score' | 'cost' | '-cost' | 'code' | '-code';

/** Projects already counted against capacity by their stage: they need no what-if tick. */
const countedStages: readonly ProjectStage[] = ['approved', 'in_progress'];
/** Stages a what-if tick makes sense for: still to be decided. */
const selectableStages: readonly ProjectStage[] = ['request', 'evaluation', 'arbitration', 'postponed'];

export const isSelectable = (project: Pick<ArbitrationProject, 'stage'>) => selectableStages.includes(project.stage);
export const isCountedByStage = (project: Pick<ArbitrationProject, 'stage'>) => countedStages.includes(project.stage);

/** Unscored projects always come last, whatever the direction: they are not comparable yet. */
export function sortArbitration(projects: readonly ArbitrationProject[], sort: ArbitrationSort): ArbitrationProject[] {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const sign = descending ? -1 : 1;
  return [...projects].sort((a, b) => {
    if (key === 'score') {
      if (a.score === null || b.score === null) return a.score === b.score ? a.code.localeCompare(b.code) : a.score === null ? 1 : -1;
      return sign * (a.score - b.score) || a.code.localeCompare(b.code);
    }
    if (key === 'cost') return sign * (a.totalCostCents - b.totalCostCents) || a.code.localeCompare(b.code);
    return sign * a.code.localeCompare(b.code);
  });
}

/** Bubble area follows the budget: the radius grows with its square root, between 12 and 60 px. */
export function bubbleSize(cents: number, maxCents: number): number {
  if (maxCents <= 0) return 12;
  return Math.round(12 + 48 * Math.sqrt(Math.max(0, cents) / maxCents));
}

export type Verdict = 'approved' | 'rejected' | 'postponed' | 'none';

/**
 * The decision's three lists from the projects under arbitration: what the manager chose for each,
 * else « approved » when ticked in the what-if selection, else no decision.
 */
export function decisionLists(arbitrated: readonly { id: string }[], selected: readonly string[], choices: Readonly<Record<string, Verdict>>) {
  const lists = { approvedIds: [] as string[], rejectedIds: [] as string[], postponedIds: [] as string[] };
  for (const { id } of arbitrated) {
    const verdict = verdictOf(id, selected, choices);
    if (verdict !== 'none') lists[`${verdict}Ids`].push(id);
  }
  return lists;
}

export const verdictOf = (id: string, selected: readonly string[], choices: Readonly<Record<string, Verdict>>): Verdict =>
  choices[id] ?? (selected.includes(id) ? 'approved' : 'none');
