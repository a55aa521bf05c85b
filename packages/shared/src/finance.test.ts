import { describe, expect, it } from 'vitest';
import { financeCodeIndex, financeCodeKey, isOverBudget, matchFinanceCode, weightedRates } from './finance.js';

describe('finance code matching', () => {
  const projects = [
    { actionId: 'a', code: 'DSI-2026-001', financeCodes: ['2051-020-DSI', 'shared'] },
    { actionId: 'b', code: 'DSI-2026-002', financeCodes: ['2183 020', 'SHARED', 'dsi-2026-001'] },
  ];
  const index = financeCodeIndex(projects);

  it('ignores case and spaces', () => {
    expect(financeCodeKey(' 2051 - 020-dsi ')).toBe('2051-020-DSI');
    expect(matchFinanceCode(index, 'dsi-2026-002')).toBe('b');
    expect(matchFinanceCode(index, '2051-020-dsi')).toBe('a');
    expect(matchFinanceCode(index, '2183020')).toBe('b');
  });

  it('a project code beats another project’s finance code; a finance code of two projects matches none', () => {
    expect(matchFinanceCode(index, 'DSI-2026-001')).toBe('a');
    expect(matchFinanceCode(index, 'Shared')).toBeNull();
    expect(matchFinanceCode(index, 'inconnu')).toBeNull();
  });
});

describe('budget figures', () => {
  it('is over budget when committed or spent exceeds planned', () => {
    expect(isOverBudget({ plannedCents: 100, committedCents: 101, spentCents: 0 })).toBe(true);
    expect(isOverBudget({ plannedCents: 100, committedCents: 100, spentCents: 100 })).toBe(false);
    expect(isOverBudget({ plannedCents: 0, committedCents: 0, spentCents: 1 })).toBe(true);
  });

  it('weights rates by project weight, leaving out projects without a plan', () => {
    const projects = [
      { plannedCents: 100, committedCents: 100, spentCents: 50, weight: 3 },
      { plannedCents: 200, committedCents: 0, spentCents: 0, weight: 1 },
      { plannedCents: 0, committedCents: 10, spentCents: 10, weight: 5 },
    ];
    expect(weightedRates(projects)).toEqual({ consumptionRate: 0.375, commitmentRate: 0.75 });
    const byBudget = projects.map((p) => ({ ...p, weight: p.plannedCents }));
    expect(weightedRates(byBudget).consumptionRate).toBeCloseTo(50 / 300);
    expect(weightedRates([])).toEqual({ consumptionRate: null, commitmentRate: null });
  });
});
