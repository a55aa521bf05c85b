import { describe, expect, it } from 'vitest';
import { buildTree, flattenTree, wouldCreateCycle, type TreeItem } from './org-tree.js';

type Unit = TreeItem & { name: string };
const unit = (id: string, parentId: string | null, name = id): Unit => ({ id, parentId, name });

//  dg ─┬─ finances ── budget
//      └─ rh
const units = [unit('budget', 'finances', 'Budget'), unit('rh', 'dg', 'Ressources humaines'), unit('dg', null, 'Direction Générale'), unit('finances', 'dg', 'Finances')];
const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'fr');

describe('wouldCreateCycle', () => {
  it('refuses a unit as its own parent', () => {
    expect(wouldCreateCycle(units, 'rh', 'rh')).toBe(true);
  });

  it('refuses a move under a child or a deeper descendant', () => {
    expect(wouldCreateCycle(units, 'dg', 'finances')).toBe(true);
    expect(wouldCreateCycle(units, 'dg', 'budget')).toBe(true);
    expect(wouldCreateCycle(units, 'finances', 'budget')).toBe(true);
  });

  it('allows a move to a sibling branch, an ancestor, or the root', () => {
    expect(wouldCreateCycle(units, 'budget', 'rh')).toBe(false);
    expect(wouldCreateCycle(units, 'budget', 'dg')).toBe(false);
    expect(wouldCreateCycle(units, 'finances', null)).toBe(false);
    expect(wouldCreateCycle(units, 'rh', 'finances')).toBe(false);
  });

  it('terminates on data that already holds a cycle', () => {
    const broken = [unit('a', 'b'), unit('b', 'a'), unit('c', null)];
    expect(wouldCreateCycle(broken, 'c', 'a')).toBe(true);
  });

  it('treats an unknown parent as a root (the caller checks existence)', () => {
    expect(wouldCreateCycle(units, 'rh', 'ghost')).toBe(false);
  });
});

describe('buildTree', () => {
  it('nests children under their parent with their depth', () => {
    const roots = buildTree(units, byName);
    expect(roots).toHaveLength(1);
    const [dg] = roots;
    expect(dg!.item.id).toBe('dg');
    expect(dg!.depth).toBe(0);
    expect(dg!.children.map((n) => [n.item.id, n.depth])).toEqual([
      ['finances', 1],
      ['rh', 1],
    ]);
    expect(dg!.children[0]!.children.map((n) => [n.item.id, n.depth])).toEqual([['budget', 2]]);
  });

  it('orders siblings with the given comparison at every level, and keeps input order without one', () => {
    const reversed = (a: Unit, b: Unit) => byName(b, a);
    expect(buildTree(units, reversed)[0]!.children.map((n) => n.item.id)).toEqual(['rh', 'finances']);
    const siblings = [unit('z', null), unit('a', null), unit('m', null)];
    expect(buildTree(siblings).map((n) => n.item.id)).toEqual(['z', 'a', 'm']);
    expect(buildTree(siblings, byName).map((n) => n.item.id)).toEqual(['a', 'm', 'z']);
  });

  it('makes orphans (parent unknown, e.g. not visible) roots so nothing is hidden', () => {
    const roots = buildTree([unit('dg', null), unit('lost', 'deleted-parent'), unit('child', 'lost')], byName);
    expect(roots.map((n) => [n.item.id, n.depth])).toEqual([
      ['dg', 0],
      ['lost', 0],
    ]);
    expect(roots[1]!.children.map((n) => [n.item.id, n.depth])).toEqual([['child', 1]]);
  });

  it('still shows every unit when the data holds a cycle', () => {
    const roots = buildTree([unit('dg', null), unit('a', 'b'), unit('b', 'a')], byName);
    expect(flattenTree(roots).map((n) => n.item.id).sort()).toEqual(['a', 'b', 'dg']);
  });

  it('returns an empty forest for no units', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('flattenTree', () => {
  it('lists nodes depth-first, parents before their children', () => {
    expect(flattenTree(buildTree(units, byName)).map((n) => `${'  '.repeat(n.depth)}${n.item.name}`)).toEqual([
      'Direction Générale',
      '  Finances',
      '    Budget',
      '  Ressources humaines',
    ]);
  });
});
