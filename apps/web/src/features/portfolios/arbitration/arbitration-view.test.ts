import type { ArbitrationProject } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { bubbleSize, decisionLists, isSelectable, sortArbitration } from './arbitration-view';

const project = (code: string, score: number | null, totalCostCents = 0): ArbitrationProject => ({
  id: code, code, title: code, stage: 'arbitration', score, rank: null, value: score, risk: null, totalCostCents,
  costByYear: [], fteByYear: [], startsOn: null, endsOn: null, counted: false, selected: false,
});

describe('arbitration view', () => {
  it('sorts by score either way and keeps unscored projects last', () => {
    const projects = [project('A', 40), project('B', null), project('C', 80), project('D', 60)];
    expect(sortArbitration(projects, '-score').map((p) => p.code)).toEqual(['C', 'D', 'A', 'B']);
    expect(sortArbitration(projects, 'score').map((p) => p.code)).toEqual(['A', 'D', 'C', 'B']);
  });

  it('sorts by cost', () => {
    const projects = [project('A', 1, 300), project('B', 1, 100)];
    expect(sortArbitration(projects, 'cost').map((p) => p.code)).toEqual(['B', 'A']);
  });

  it('offers the what-if tick only to projects still to decide', () => {
    expect(isSelectable({ stage: 'arbitration' })).toBe(true);
    expect(isSelectable({ stage: 'approved' })).toBe(false);
    expect(isSelectable({ stage: 'closed' })).toBe(false);
  });

  it('sizes bubbles by budget, the largest at 60 px', () => {
    expect(bubbleSize(100, 100)).toBe(60);
    expect(bubbleSize(0, 100)).toBe(12);
    expect(bubbleSize(25, 100)).toBe(36);
  });

  it('approves the ticked projects unless the manager chose otherwise', () => {
    const lists = decisionLists([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], ['a', 'b'], { b: 'postponed', c: 'rejected' });
    expect(lists).toEqual({ approvedIds: ['a'], rejectedIds: ['c'], postponedIds: ['b'] });
  });
});
