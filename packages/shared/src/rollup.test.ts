import { describe, expect, it } from 'vitest';
import { isLate, nodeCodes, rollupTree, type RollupAction } from './rollup.js';

const action = (nodeId: string, over: Partial<RollupAction> = {}): RollupAction => ({
  nodeId,
  weight: 1,
  progress: 0,
  category: 'in_progress',
  late: false,
  ...over,
});

describe('rollupTree', () => {
  const nodes = [
    { id: 'axe1', parentId: null },
    { id: 'obj11', parentId: 'axe1' },
    { id: 'obj12', parentId: 'axe1' },
    { id: 'axe2', parentId: null },
  ];

  it('weights progress by action weight over the whole subtree', () => {
    const rollups = rollupTree(nodes, [
      action('obj11', { progress: 100, weight: 3 }),
      action('obj12', { progress: 0, weight: 1 }),
      action('axe2', { progress: 50 }),
    ]);
    expect(rollups.get('obj11')!.progress).toBe(100);
    expect(rollups.get('axe1')!.progress).toBe(75);
    expect(rollups.get('plan')!.progress).toBe(70);
    expect(rollups.get('plan')!.actionCount).toBe(3);
  });

  it('counts a done action as 100 % and leaves stopped ones out of the mean, not out of the counts', () => {
    const rollups = rollupTree(nodes, [
      action('obj11', { progress: 40, category: 'done' }),
      action('obj11', { progress: 0, category: 'stopped' }),
    ]);
    expect(rollups.get('obj11')!.progress).toBe(100);
    expect(rollups.get('obj11')!.byCategory).toEqual({ not_started: 0, in_progress: 0, done: 1, stopped: 1 });
  });

  it('sums late actions and budgets up the tree; an empty node has no progress', () => {
    const rollups = rollupTree(nodes, [
      action('obj11', { late: true, plannedCents: 100_00, spentCents: 50_00 }),
      action('obj12', { late: true, plannedCents: 20_00 }),
    ]);
    expect(rollups.get('axe1')!.lateCount).toBe(2);
    expect(rollups.get('axe1')!.budget).toEqual({ plannedCents: 120_00, committedCents: 0, spentCents: 50_00 });
    expect(rollups.get('axe2')!.progress).toBeNull();
  });
});

describe('isLate', () => {
  it('is late past the end date unless done or stopped', () => {
    expect(isLate({ category: 'in_progress', endsOn: '2026-01-31' }, [], '2026-02-01')).toBe(true);
    expect(isLate({ category: 'in_progress', endsOn: '2026-02-01' }, [], '2026-02-01')).toBe(false);
    expect(isLate({ category: 'done', endsOn: '2026-01-31' }, [], '2026-02-01')).toBe(false);
    expect(isLate({ category: 'stopped', endsOn: '2026-01-31' }, [], '2026-02-01')).toBe(false);
  });

  it('is late when a milestone is overdue and not done', () => {
    expect(isLate({ category: 'not_started', endsOn: null }, [{ dueOn: '2026-01-15', doneOn: null }], '2026-02-01')).toBe(true);
    expect(isLate({ category: 'not_started', endsOn: null }, [{ dueOn: '2026-01-15', doneOn: '2026-01-20' }], '2026-02-01')).toBe(false);
  });
});

describe('nodeCodes', () => {
  it('numbers siblings by position, depth by depth', () => {
    const codes = nodeCodes([
      { id: 'b', parentId: null, position: 1, title: 'B' },
      { id: 'a', parentId: null, position: 0, title: 'A' },
      { id: 'b1', parentId: 'b', position: 0, title: 'B1' },
      { id: 'b2', parentId: 'b', position: 5, title: 'B2' },
    ]);
    expect(Object.fromEntries(codes)).toEqual({ a: '1', b: '2', b1: '2.1', b2: '2.2' });
  });
});
