import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import { createNode, createPlan, insertAction } from '../../../test/plan-factories.js';
import type { Session, TestApp } from '../../../test/test-app.js';

/** A published portfolio (plan of kind `portfolio`) with one root node, made by an admin. */
export async function createPortfolio(admin: Session) {
  const plan = await createPlan(admin, { name: 'Portefeuille DSI 2026–2028', kind: 'portfolio', levelNames: ['Programme'] });
  const published = await admin.request('PATCH', `/api/plans/${plan.id}`, { state: 'active', version: plan.version });
  expect(published.statusCode, published.body).toBe(200);
  const node = await createNode(admin, plan.id, 'Projets numériques');
  return { id: plan.id, nodeId: node.id };
}

export interface ProjectSeed {
  code: string;
  financeCodes?: string[];
  stage?: string;
  customWeight?: number | null;
  budget?: { year: number; nature: 'investment' | 'operating'; planned: number; committed?: number; spent?: number }[];
}

/** A project: a fiche action of the portfolio plus its `projects` row (P-core's table), written directly. */
export async function insertProject(testApp: Pick<TestApp, 'ctx'>, organizationId: string, portfolio: { id: string; nodeId: string }, seed: ProjectSeed) {
  const budget = (seed.budget ?? []).map((b) => ({ ...b, committed: b.committed ?? 0, spent: b.spent ?? 0 }));
  const { id } = await insertAction(testApp.ctx, { organizationId, planId: portfolio.id, nodeId: portfolio.nodeId, budget });
  await testApp.ctx.db.execute(sql`
    insert into projects (action_id, organization_id, plan_id, code, stage, finance_codes, custom_weight, submitted_at)
    values (${id}, ${organizationId}, ${portfolio.id}, ${seed.code}, ${seed.stage ?? 'in_progress'},
            ${sql.param(seed.financeCodes ?? [])}::text[], ${seed.customWeight ?? null}, now())`);
  return id;
}

export async function importFinance(session: Session, portfolioId: string, content: Buffer | string, { dryRun = false, name = 'mandats.csv' } = {}) {
  const { payload, headers } = multipartBody({ name, content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
  return session.request('POST', `/api/finance/import?portfolioId=${portfolioId}&dryRun=${dryRun}`, payload, headers);
}

/** The project's budget lines as the fiche shows them. */
export async function budgetOf(session: Session, actionId: string) {
  const response = await session.request('GET', `/api/actions/${actionId}/budget-lines`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().data as { year: number; nature: string; plannedCents: number; committedCents: number; spentCents: number }[]).map(
    ({ year, nature, plannedCents, committedCents, spentCents }) => ({ year, nature, plannedCents, committedCents, spentCents }),
  );
}
