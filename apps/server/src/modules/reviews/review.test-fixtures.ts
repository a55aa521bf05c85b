import { expect } from 'vitest';
import { createAction, statusIds } from '../../../test/action-factories.js';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { addPlanMember, createNode, createPlan } from '../../../test/plan-factories.js';
import type { Session, TestApp } from '../../../test/test-app.js';

/**
 * A collectivité for review tests: an admin, the plan's manager and reader, a member without a
 * role (the plan is a draft: they may not read it), another collectivité's admin, and a node.
 */
export async function createReviewCast(testApp: Pick<TestApp, 'app' | 'ctx'>) {
  const { organization, admin } = await createOrganizationWithAdmin(testApp);
  const manager = await createMember(testApp, admin, { name: 'Gaëlle Gestion' });
  const reader = await createMember(testApp, admin, { name: 'Rémi Lecteur' });
  const stranger = await createMember(testApp, admin, { name: 'Nina Horsplan' });
  const other = await createOrganizationWithAdmin(testApp);
  const plan = await createPlan(admin, { name: 'Plan climat' });
  await addPlanMember(admin, plan.id, manager.id, 'manager');
  await addPlanMember(admin, plan.id, reader.id, 'reader');
  const node = await createNode(admin, plan.id, 'Mobilités');
  const statuses = await statusIds(testApp.ctx, organization.id);
  const fiche = (body: Record<string, unknown>) => createAction(admin, { nodeId: node.id, pilotId: manager.id, ...body });
  return { organizationId: organization.id, admin, manager, reader, stranger, other: other.admin, plan, node, statuses, fiche };
}
export type ReviewCast = Awaited<ReturnType<typeof createReviewCast>>;

/** The answer's body once its status was checked (the body is shown when it is not the expected one). */
export async function expectStatus(response: Promise<{ statusCode: number; body: string; json: () => any }>, status: number) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer.json();
}

export const seriesBody = (planId: string, overrides: Record<string, unknown> = {}) => ({
  planId,
  title: 'Revue de projet',
  kind: 'project_review',
  cadence: 'weeks',
  everyWeeks: 8,
  ...overrides,
});

export async function newSeries(session: Session, planId: string, overrides: Record<string, unknown> = {}) {
  return (await expectStatus(session.request('POST', '/api/review-series', seriesBody(planId, overrides)), 201)).data;
}

export async function newReview(session: Session, body: Record<string, unknown>) {
  return expectStatus(session.request('POST', '/api/reviews', body), 201);
}
