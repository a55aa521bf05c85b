import { describe, expect, it } from 'vitest';
import { checksToChase, passingPercent } from './quality-figures';

describe('quality figures', () => {
  it('says the share of checked items that pass, and nothing when nothing was checked', () => {
    expect(passingPercent({ failing: 1, checked: 3 })).toBe(66.7);
    expect(passingPercent({ failing: 0, checked: 12 })).toBe(100);
    expect(passingPercent({ failing: 0, checked: 0 })).toBeNull();
  });

  it('lists only the failing checks, the largest first', () => {
    const check = (key: 'actionStale' | 'actionWithoutPilot' | 'indicatorWithoutTarget', failing: number) => ({ key, failing, checked: 10, items: [] });
    const chased = checksToChase([check('actionWithoutPilot', 2), check('actionStale', 0), check('indicatorWithoutTarget', 5)]);
    expect(chased.map((c) => c.key)).toEqual(['indicatorWithoutTarget', 'actionWithoutPilot']);
  });
});
