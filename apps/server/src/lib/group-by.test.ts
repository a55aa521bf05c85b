import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.js';

describe('groupBy', () => {
  it('keeps the order of the groups and of the items in each', () => {
    const groups = groupBy([{ k: 'b', n: 1 }, { k: 'a', n: 2 }, { k: 'b', n: 3 }], (item) => item.k);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')?.map((item) => item.n)).toEqual([1, 3]);
    expect(groups.get('a')?.map((item) => item.n)).toEqual([2]);
  });

  it('answers an empty map for no items', () => {
    expect(groupBy([], () => 'x').size).toBe(0);
  });
});
