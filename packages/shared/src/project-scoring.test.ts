import { describe, expect, it } from 'vitest';
import { meanScore, proposeAlignmentScore, rankByScore, scoreWithinScale, weightedTotal } from './project-scoring.js';

const criteria = [
  { id: 'value', weight: 3, scaleMin: 0, scaleMax: 5 },
  { id: 'urgency', weight: 1, scaleMin: 1, scaleMax: 3 },
];

describe('project scoring', () => {
  it('a criterion score is the mean of its evaluators', () => {
    expect(meanScore([4, 5, 3])).toBe(4);
    expect(meanScore([])).toBeNull();
  });

  it('weighted total on 0–100 = Σ weight × (score − min)/(max − min) / Σ weight × 100', () => {
    // value 4/5 → 0.8 × 3 ; urgency 2 on 1–3 → 0.5 × 1 ; (2.4 + 0.5) / 4 = 0.725
    expect(weightedTotal(criteria, new Map([['value', 4], ['urgency', 2]]))).toBe(72.5);
    expect(weightedTotal(criteria, new Map([['value', 5], ['urgency', 3]]))).toBe(100);
    expect(weightedTotal(criteria, new Map([['value', 0], ['urgency', 1]]))).toBe(0);
  });

  it('an unscored criterion is left out with its weight; nothing scored or all weights 0 gives no total', () => {
    expect(weightedTotal(criteria, new Map([['value', 4]]))).toBe(80);
    expect(weightedTotal(criteria, new Map())).toBeNull();
    expect(weightedTotal([{ id: 'x', weight: 0, scaleMin: 0, scaleMax: 5 }], new Map([['x', 3]]))).toBeNull();
  });

  it('scores must lie within the scale, bounds included', () => {
    expect(scoreWithinScale(0, { scaleMin: 0, scaleMax: 5 })).toBe(true);
    expect(scoreWithinScale(5, { scaleMin: 0, scaleMax: 5 })).toBe(true);
    expect(scoreWithinScale(5.5, { scaleMin: 0, scaleMax: 5 })).toBe(false);
    expect(scoreWithinScale(-1, { scaleMin: 0, scaleMax: 5 })).toBe(false);
  });

  it('ranks best first; ties share their rank and the next one skips; unscored have none', () => {
    const ranks = rankByScore([
      { id: 'a', score: 60 },
      { id: 'b', score: 80 },
      { id: 'c', score: 60 },
      { id: 'd', score: null },
      { id: 'e', score: 40 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, e: 4, d: null });
  });

  it('alignment is proposed from the number and weight of linked objectives, saturating at the top', () => {
    const scale = { scaleMin: 0, scaleMax: 4 };
    expect(proposeAlignmentScore([], scale)).toBe(0);
    expect(proposeAlignmentScore([{ planKind: 'service_plan' }], scale)).toBe(1);
    expect(proposeAlignmentScore([{ planKind: 'mandate' }], scale)).toBe(2);
    expect(proposeAlignmentScore([{ planKind: 'mandate' }, { planKind: 'master_plan' }, { planKind: 'roadmap' }], scale)).toBe(4);
  });
});
