import { and, eq, sql } from 'drizzle-orm';
import type { BudgetNature } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { financeLines, type FinanceLineRow } from './finance.table.js';

type Scope = { organizationId: string };
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const BATCH = 1_000;

export interface PortfolioProject {
  actionId: string;
  code: string;
  title: string;
  stage: string;
  financeCodes: string[];
  customWeight: number | null;
  /** Natures of its budget lines: a line without section takes the only one. */
  natures: BudgetNature[];
}

/** The projects of a portfolio (P-core's `projects` rows with their fiche). */
export async function listPortfolioProjects(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  const result = await db.execute(sql`
    select p.action_id as "actionId", p.code, a.title, p.stage, p.finance_codes as "financeCodes",
           p.custom_weight::float8 as "customWeight",
           coalesce((select array_agg(distinct b.nature) from budget_lines b where b.action_id = p.action_id), '{}') as natures
    from projects p join actions a on a.id = p.action_id
    where p.organization_id = ${organizationId} and p.plan_id = ${planId}
    order by p.code`);
  return rowsOf<PortfolioProject>(result).map((row) => ({ ...row, financeCodes: row.financeCodes ?? [], natures: row.natures ?? [] }));
}

/** What an import compares a file line with. */
export type KnownLine = Pick<
  FinanceLineRow,
  'id' | 'portfolioId' | 'reference' | 'type' | 'date' | 'year' | 'code' | 'nature' | 'natureFromFile' | 'amountCents' | 'supplier' | 'label' | 'actionId' | 'matchedBy'
>;

/** Lines already imported under these references (any portfolio of the collectivité). */
export async function findLinesByReference(db: DbOrTx, { organizationId, references }: Scope & { references: string[] }) {
  if (references.length === 0) return [];
  // Plain SQL rather than the query builder: a re-import reads back every line of the file. A
  // join on the unnested list, not `= any(array)`: compared row by row, that costs lines × references.
  const result = await db.execute(sql`
    select f.id, f.portfolio_id as "portfolioId", f.reference, f.type, to_char(f.date, 'YYYY-MM-DD') as date, f.year, f.code, f.nature,
           f.nature_from_file as "natureFromFile", f.amount_cents::float8 as "amountCents", f.supplier, f.label,
           f.action_id as "actionId", f.matched_by as "matchedBy"
    from (select distinct unnest(${sql.param(references)}::text[]) as reference) r
    join finance_lines f on f.organization_id = ${organizationId} and f.reference = r.reference`);
  return rowsOf<KnownLine>(result);
}

export type LineToWrite = Omit<KnownLine, 'portfolioId'>;

/**
 * New lines and changed ones, keyed by (collectivité, reference, type). One JSON parameter per
 * batch (as the measure import): 50,000 rows of bound parameters cost ten times more.
 */
export async function upsertFinanceLines(db: DbOrTx, { organizationId, portfolioId, now }: Scope & { portfolioId: string; now: Date }, rows: LineToWrite[]) {
  for (let i = 0; i < rows.length; i += 5 * BATCH) {
    const batch = rows.slice(i, i + 5 * BATCH);
    await db.execute(sql`
      insert into finance_lines (id, organization_id, portfolio_id, reference, type, date, year, code, nature, nature_from_file,
                                 amount_cents, supplier, label, action_id, matched_by, imported_at)
      select i.id, ${organizationId}, ${portfolioId}, i.reference, i.type, i.date, i.year, i.code, i.nature, i."natureFromFile",
             i."amountCents", i.supplier, i.label, i."actionId", i."matchedBy", ${now}
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as i(id uuid, reference text, type text, date date, year int, code text, nature text,
           "natureFromFile" boolean, "amountCents" bigint, supplier text, label text, "actionId" uuid, "matchedBy" text)
      on conflict (organization_id, reference, type) do update set
        date = excluded.date, year = excluded.year, code = excluded.code, nature = excluded.nature, nature_from_file = excluded.nature_from_file,
        amount_cents = excluded.amount_cents, supplier = excluded.supplier, label = excluded.label, action_id = excluded.action_id,
        matched_by = excluded.matched_by, imported_at = excluded.imported_at`);
  }
}

export async function findFinanceLine(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(financeLines).where(and(eq(financeLines.organizationId, organizationId), eq(financeLines.id, id)));
  return row;
}

export async function assignFinanceLine(
  db: DbOrTx,
  { organizationId, id }: Scope & { id: string },
  values: Pick<FinanceLineRow, 'actionId' | 'matchedBy' | 'nature'>,
) {
  const [row] = await db
    .update(financeLines)
    .set(values)
    .where(and(eq(financeLines.organizationId, organizationId), eq(financeLines.id, id)))
    .returning();
  return row;
}

export interface BudgetAmounts {
  actionId: string;
  year: number;
  nature: BudgetNature;
  committedCents: number;
  spentCents: number;
}

/** Committed and spent of these actions' budget lines, for the history. */
export async function readBudgetAmounts(db: DbOrTx, { organizationId, actionIds }: Scope & { actionIds: string[] }) {
  if (actionIds.length === 0) return [];
  const result = await db.execute(sql`
    select action_id as "actionId", year, nature, committed_cents::float8 as "committedCents", spent_cents::float8 as "spentCents"
    from budget_lines
    where organization_id = ${organizationId} and action_id = any(${sql.param(actionIds)}::uuid[])
    order by action_id, year, nature`);
  return rowsOf<BudgetAmounts>(result);
}

/**
 * Committed / spent of these projects = the sums of their finance lines, per year and nature: a
 * missing budget line is created (nothing planned), a line no finance line feeds any more goes
 * back to 0. Once a project is fed by the finance software, that is where its costs come from.
 */
export async function recomputeBudgetLines(db: DbOrTx, { organizationId, actionIds, now }: Scope & { actionIds: string[]; now: Date }) {
  if (actionIds.length === 0) return;
  const ids = sql`${sql.param(actionIds)}::uuid[]`;
  await db.execute(sql`
    insert into budget_lines (id, organization_id, action_id, year, nature, planned_cents, committed_cents, spent_cents, created_at, updated_at)
    select gen_random_uuid(), ${organizationId}, action_id, year, nature, 0,
           coalesce(sum(amount_cents) filter (where type = 'committed'), 0), coalesce(sum(amount_cents) filter (where type = 'paid'), 0), ${now}, ${now}
    from (select action_id, year, nature, type, amount_cents from finance_lines
          where organization_id = ${organizationId} and action_id = any(${ids})) f
    group by action_id, year, nature
    on conflict (action_id, year, nature) do update
      set committed_cents = excluded.committed_cents, spent_cents = excluded.spent_cents,
          version = budget_lines.version + 1, updated_at = excluded.updated_at
      where budget_lines.committed_cents <> excluded.committed_cents or budget_lines.spent_cents <> excluded.spent_cents`);
  await db.execute(sql`
    update budget_lines b set committed_cents = 0, spent_cents = 0, version = b.version + 1, updated_at = ${now}
    where b.organization_id = ${organizationId} and b.action_id = any(${ids})
      and (b.committed_cents <> 0 or b.spent_cents <> 0)
      and not exists (select 1 from finance_lines f where f.organization_id = ${organizationId}
                      and f.action_id = b.action_id and f.year = b.year and f.nature = b.nature)`);
}
