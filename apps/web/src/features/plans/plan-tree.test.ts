import { describe, expect, it } from 'vitest';
import { childrenByParent, dropPlacement } from './plan-tree';
import type { PlanTreeNode } from './plan-types';

const node = (id: string, parentId: string | null, depth: number, position: number): PlanTreeNode => ({
  id, parentId, depth, position, code: id, title: id, description: '', levelName: '', leadOrgUnitId: null, version: 1,
  progress: null, actionCount: 0, lateCount: 0, byCategory: { not_started: 0, in_progress: 0, done: 0, stopped: 0 },
  budget: { plannedCents: 0, committedCents: 0, spentCents: 0 } as PlanTreeNode['budget'],
});

// Axe 1 (obj 1.1, obj 1.2 → sub 1.2.1), Axe 2; the plan has three levels.
const nodes = [node('a1', null, 0, 0), node('o11', 'a1', 1, 0), node('o12', 'a1', 1, 1), node('s121', 'o12', 2, 0), node('a2', null, 0, 1)];
const children = childrenByParent(nodes);
const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));

describe('dropPlacement', () => {
  it('drops beside a node at its index, not counting the dragged node itself', () => {
    expect(dropPlacement(children, byId.o12!, byId.o11!, 'before', 3)).toEqual({ parentId: 'a1', position: 0 });
    expect(dropPlacement(children, byId.o11!, byId.o12!, 'after', 3)).toEqual({ parentId: 'a1', position: 1 });
  });

  it('drops inside a node as its last child', () => {
    expect(dropPlacement(children, byId.o11!, byId.a2!, 'inside', 3)).toEqual({ parentId: 'a2', position: 0 });
  });

  it('refuses a drop into its own subtree or deeper than the plan levels', () => {
    expect(dropPlacement(children, byId.a1!, byId.s121!, 'inside', 3)).toBeNull();
    expect(dropPlacement(children, byId.o12!, byId.s121!, 'before', 3)).toBeNull();
    // o12 carries a child: under o11 it would need a fourth level.
    expect(dropPlacement(children, byId.o12!, byId.o11!, 'inside', 3)).toBeNull();
    expect(dropPlacement(children, byId.s121!, byId.o11!, 'inside', 3)).toEqual({ parentId: 'o11', position: 0 });
  });
});
