import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaOrder, parseFormula } from './formula.js';

const evaluate = (text: string, values: Record<string, number | null>) => {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return evaluateFormula(parsed.tree, values);
};

describe('formulas', () => {
  it('computes + − × ÷ with precedence, parentheses and functions', () => {
    expect(evaluate('[DECH-01] / [POP] * 1000', { 'DECH-01': 50, POP: 20000 })).toBe(2.5);
    expect(evaluate('(A + B) * 2 - -1', { A: 1, B: 2 })).toBe(7);
    expect(evaluate('sum(A, B, C) / avg(A, B)', { A: 1, B: 3, C: 4 })).toBe(4);
    expect(evaluate('moyenne([a], [b])', { A: 2, B: 4 })).toBe(3);
    expect(evaluate('max(A, 10) + min(A, 0)', { A: -2 })).toBe(8);
  });

  it('names the codes it reads, in capitals', () => {
    const parsed = parseFormula('[dech-01] + pop + [DECH-01]');
    expect(parsed.ok && parsed.refs).toEqual(['DECH-01', 'POP']);
  });

  it('has no value when an input is missing or on division by zero', () => {
    expect(evaluate('A / B', { A: 1, B: 0 })).toBeNull();
    expect(evaluate('A + B', { A: 1 })).toBeNull();
  });

  it('refuses anything but arithmetic', () => {
    for (const text of ['process.exit()', 'A.constructor', 'A ? 1 : 2', '"texte"', 'A == B', 'eval(A)', '[]', '', 'A +']) {
      const parsed = parseFormula(text);
      expect(parsed.ok, text).toBe(false);
    }
    const unknown = parseFormula('median(A)');
    expect(!unknown.ok && unknown.error).toMatch(/Fonction inconnue : median/);
  });

  it('orders formulas inputs first and finds cycles', () => {
    expect(formulaOrder({ C: ['B'], B: ['A'] }).order).toEqual(['A', 'B', 'C']);
    expect(formulaOrder({ A: ['B'], B: ['A'] }).cycle).toEqual(['A', 'B', 'A']);
    expect(formulaOrder({ A: ['A'] }).cycle).toEqual(['A', 'A']);
  });
});
