import type { Plan, Rollup, StatusCategory } from '@pilotis/shared';

/** A node of `GET /api/plans/:id/tree`, with its roll-up over the whole subtree. */
export interface PlanTreeNode {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  description: string;
  depth: number;
  levelName: string;
  position: number;
  leadOrgUnitId: string | null;
  version: number;
  progress: number | null;
  actionCount: number;
  lateCount: number;
  byCategory: Record<StatusCategory, number>;
  budget: Rollup['budget'];
}

export interface PlanTree {
  plan: Plan & { rollup?: Partial<Rollup> };
  nodes: PlanTreeNode[];
}

export type PlanAbilities = { update?: boolean; manageMembers?: boolean; delete?: boolean; createAction?: boolean };

/** A plan in the list may carry its overall progress (when the server sends it). */
export type PlanListItem = Plan & { progress?: number | null; rollup?: Partial<Rollup> };
