import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { FinanceLineRow } from './finance.table.js';

type Scope = { organizationId: string };
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export type FinanceLineWithProject = FinanceLineRow & { projectCode: string | null; projectTitle: string | null };

/** A portfolio's finance lines (the unmatched ones only, if asked), latest first, with their project. */
export async function listFinanceLines(db: DbOrTx, { organizationId, portfolioId, unmatched, limit }: Scope & { portfolioId: string; unmatched: boolean; limit: number }) {
  const result = await db.execute(sql`
    select f.id, f.organization_id as "organizationId", f.portfolio_id as "portfolioId", f.reference, f.type,
           to_char(f.date, 'YYYY-MM-DD') as date, f.year, f.code, f.nature, f.nature_from_file as "natureFromFile",
           f.amount_cents::float8 as "amountCents", f.supplier, f.label, f.action_id as "actionId", f.matched_by as "matchedBy",
           f.imported_at as "importedAt", p.code as "projectCode", a.title as "projectTitle"
    from finance_lines f
    left join projects p on p.action_id = f.action_id and p.organization_id = f.organization_id
    left join actions a on a.id = f.action_id
    where f.organization_id = ${organizationId} and f.portfolio_id = ${portfolioId}
      ${unmatched ? sql`and f.action_id is null` : sql``}
    order by f.date desc, f.reference, f.type
    limit ${limit}`);
  return rowsOf<FinanceLineWithProject>(result).map((row) => ({ ...row, importedAt: new Date(row.importedAt) }));
}

export async function countFinanceLines(db: DbOrTx, { organizationId, portfolioId }: Scope & { portfolioId: string }) {
  const result = await db.execute(sql`
    select count(*)::int as total, (count(*) filter (where action_id is null))::int as unmatched
    from finance_lines where organization_id = ${organizationId} and portfolio_id = ${portfolioId}`);
  return rowsOf<{ total: number; unmatched: number }>(result)[0] ?? { total: 0, unmatched: 0 };
}

export interface ProjectBudgetRow {
  actionId: string;
  code: string;
  title: string;
  stage: string;
  customWeight: number | null;
  plannedCents: number;
  committedCents: number;
  spentCents: number;
}

/**
 * Planned / committed / spent of the portfolio's projects that commit money: approved, in
 * progress and closed ones, plus any other that already has costs. One year, or all.
 */
export async function listProjectBudgets(db: DbOrTx, { organizationId, planId, year }: Scope & { planId: string; year: number | null }) {
  const result = await db.execute(sql`
    select p.action_id as "actionId", p.code, a.title, p.stage, p.custom_weight::float8 as "customWeight",
           coalesce(sum(b.planned_cents), 0)::float8 as "plannedCents",
           coalesce(sum(b.committed_cents), 0)::float8 as "committedCents",
           coalesce(sum(b.spent_cents), 0)::float8 as "spentCents"
    from projects p
    join actions a on a.id = p.action_id
    left join budget_lines b on b.action_id = p.action_id and b.organization_id = p.organization_id ${year === null ? sql`` : sql`and b.year = ${year}`}
    where p.organization_id = ${organizationId} and p.plan_id = ${planId}
    group by p.action_id, p.code, a.title, p.stage, p.custom_weight
    having p.stage in ('approved', 'in_progress', 'closed') or coalesce(sum(b.committed_cents), 0) + coalesce(sum(b.spent_cents), 0) > 0
    order by p.code`);
  return rowsOf<ProjectBudgetRow>(result);
}
