import { randomUUID } from 'node:crypto';
import type { StatusCategory } from '@pilotis/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../src/context.js';
import { budgetLines, milestones } from '../src/modules/actions/action-parts.table.js';
import { actions } from '../src/modules/actions/action.table.js';
import { statuses } from '../src/modules/statuses/status.table.js';
import type { Session } from './test-app.js';

export interface PlanBody {
  id: string;
  name: string;
  state: string;
  version: number;
  levelNames: string[];
  myRole: string | null;
}
export interface NodeBody {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  depth: number;
  levelName: string;
  position: number;
  version: number;
}

/** A plan created through the API by an admin (who becomes its manager). */
export async function createPlan(admin: Session, input: Record<string, unknown> = {}): Promise<PlanBody> {
  const response = await admin.request('POST', '/api/plans', {
    name: 'Plan de mandat 2026-2032',
    kind: 'mandate',
    levelNames: ['Axe', 'Objectif stratégique', 'Objectif opérationnel'],
    ...input,
  });
  if (response.statusCode !== 201) throw new Error(`createPlan: ${response.statusCode} ${response.body}`);
  return response.json().data;
}

export async function addPlanMember(session: Session, planId: string, userId: string, role: 'manager' | 'contributor' | 'reader') {
  const response = await session.request('POST', `/api/plans/${planId}/members`, { userId, role });
  if (response.statusCode !== 201 && response.statusCode !== 200) throw new Error(`addPlanMember: ${response.statusCode} ${response.body}`);
}

export async function createNode(session: Session, planId: string, title: string, parentId: string | null = null, extra: Record<string, unknown> = {}) {
  const response = await session.request('POST', `/api/plans/${planId}/nodes`, { parentId, title, ...extra });
  if (response.statusCode !== 201) throw new Error(`createNode: ${response.statusCode} ${response.body}`);
  return response.json().data as NodeBody;
}

/** The collectivité's first status of a category (the default list has one of each). */
export async function statusOf(ctx: AppContext, organizationId: string, category: StatusCategory) {
  const [row] = await ctx.db
    .select()
    .from(statuses)
    .where(and(eq(statuses.organizationId, organizationId), eq(statuses.category, category)))
    .orderBy(asc(statuses.position));
  return row!;
}

export interface ActionSeed {
  organizationId: string;
  planId: string;
  nodeId: string;
  category?: StatusCategory;
  progress?: number;
  weight?: number;
  endsOn?: string | null;
  parentActionId?: string | null;
  mergedIntoId?: string | null;
  visibility?: 'unit' | 'organization' | 'public';
  budget?: { year: number; nature: 'investment' | 'operating'; planned: number; committed: number; spent: number }[];
  milestones?: { dueOn: string | null; doneOn: string | null }[];
}

/**
 * A fiche action written straight into the database (the actions API is tested on its own), with
 * its budget lines and milestones: what roll-up tests need.
 */
export async function insertAction(ctx: AppContext, seed: ActionSeed) {
  const status = await statusOf(ctx, seed.organizationId, seed.category ?? 'in_progress');
  const id = randomUUID();
  const scope = { organizationId: seed.organizationId };
  await ctx.db.insert(actions).values({
    id,
    ...scope,
    planId: seed.planId,
    nodeId: seed.nodeId,
    parentActionId: seed.parentActionId ?? null,
    mergedIntoId: seed.mergedIntoId ?? null,
    title: `Action ${id.slice(0, 6)}`,
    statusId: status.id,
    progress: seed.progress ?? 0,
    weight: seed.weight ?? 1,
    endsOn: seed.endsOn ?? null,
    visibility: seed.visibility ?? 'organization',
  });
  for (const line of seed.budget ?? []) {
    await ctx.db.insert(budgetLines).values({
      id: randomUUID(),
      ...scope,
      actionId: id,
      year: line.year,
      nature: line.nature,
      plannedCents: line.planned,
      committedCents: line.committed,
      spentCents: line.spent,
    });
  }
  for (const [position, m] of (seed.milestones ?? []).entries()) {
    await ctx.db.insert(milestones).values({ id: randomUUID(), ...scope, actionId: id, title: `Jalon ${position + 1}`, dueOn: m.dueOn, doneOn: m.doneOn, position });
  }
  return { id, category: status.category };
}
