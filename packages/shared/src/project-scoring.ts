/**
 * Project scoring (issue 8). A criterion's score for a project is the mean of its evaluators'
 * scores; the weighted total, on 0–100, is Σ weight × (score − min)/(max − min) / Σ weight × 100
 * over the criteria that have at least one score (an unscored criterion is left out, weight
 * included, so a half-scored request is not dragged down). No scored criterion, or all weights 0:
 * no total (null).
 */
export type ScoringCriterion = { id: string; weight: number; scaleMin: number; scaleMax: number };

export function meanScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return scores.reduce((sum, s) => sum + s, 0) / scores.length;
}

export function scoreWithinScale(score: number, criterion: Pick<ScoringCriterion, 'scaleMin' | 'scaleMax'>): boolean {
  return score >= criterion.scaleMin && score <= criterion.scaleMax;
}

/** `means`: criterion id → mean of its evaluators (absent or null = not scored). */
export function weightedTotal(criteria: readonly ScoringCriterion[], means: ReadonlyMap<string, number | null>): number | null {
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const mean = means.get(c.id);
    if (mean == null || c.scaleMax <= c.scaleMin) continue;
    weighted += (c.weight * (mean - c.scaleMin)) / (c.scaleMax - c.scaleMin);
    weights += c.weight;
  }
  if (weights === 0) return null;
  return Math.round((weighted / weights) * 100 * 10) / 10;
}

/**
 * Competition ranking, best score first: equal scores share a rank and the next one skips
 * (1, 2, 2, 4). Unscored projects get no rank.
 */
export function rankByScore<T extends { id: string; score: number | null }>(items: readonly T[]): Map<string, number | null> {
  const ranks = new Map<string, number | null>();
  const scored = items.filter((i) => i.score != null).sort((a, b) => (b.score as number) - (a.score as number));
  scored.forEach((item, index) => {
    const previous = scored[index - 1];
    ranks.set(item.id, previous && previous.score === item.score ? (ranks.get(previous.id) as number) : index + 1);
  });
  for (const item of items) if (item.score == null) ranks.set(item.id, null);
  return ranks;
}

/**
 * The score proposed for an `alignment` criterion from the strategic objectives a project serves.
 * Each linked objective weighs 1, or 2 when it belongs to a mandate or master plan (the
 * collectivité's highest commitments); the sum saturates at ALIGNMENT_SATURATION, which gives the
 * top of the scale. No objective = the bottom of the scale. Rounded to one decimal.
 */
export const ALIGNMENT_SATURATION = 4;
export const STRONG_OBJECTIVE_PLAN_KINDS = ['mandate', 'master_plan'] as const;
export function proposeAlignmentScore(objectives: readonly { planKind: string }[], criterion: Pick<ScoringCriterion, 'scaleMin' | 'scaleMax'>): number {
  const weight = objectives.reduce((sum, o) => sum + ((STRONG_OBJECTIVE_PLAN_KINDS as readonly string[]).includes(o.planKind) ? 2 : 1), 0);
  const share = Math.min(weight, ALIGNMENT_SATURATION) / ALIGNMENT_SATURATION;
  return Math.round((criterion.scaleMin + share * (criterion.scaleMax - criterion.scaleMin)) * 10) / 10;
}
