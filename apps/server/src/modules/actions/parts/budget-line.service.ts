import type { z } from 'zod';
import type { budgetLineInputSchema, BudgetNature } from '@pilotis/shared';
import type { budgetLineUpdateInput } from './part-schemas.js';
import type { AppContext } from '../../../context.js';
import type { MemberActor } from '../../../http/actor.js';
import { conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../lib/tokens.js';
import type { BudgetLineRow } from '../action-parts.table.js';
import { auditedBudgetLine, budgetTotals, presentBudgetLine } from './budget-line.presenter.js';
import {
  deleteBudgetLine,
  findBudgetLine,
  findSameYearAndNature,
  insertBudgetLine,
  listBudgetLines,
  updateBudgetLine,
} from './budget-line.repository.js';
import { loadActionToEdit, loadActionToRead, partAbilities, recordPartChange } from './part-access.js';

type BudgetLineInput = z.output<typeof budgetLineInputSchema>;
type BudgetLineUpdate = z.output<typeof budgetLineUpdateInput>;

const natureLabels: Record<BudgetNature, string> = { investment: 'investissement', operating: 'fonctionnement' };
const duplicate = (year: number, nature: BudgetNature) =>
  conflict(`Une ligne ${natureLabels[nature]} existe déjà pour ${year} : modifiez-la plutôt que d’en ajouter une autre`);
const labelOf = (row: BudgetLineRow) => `${row.year} ${row.nature}`;

export async function listActionBudget(ctx: AppContext, actor: MemberActor, actionId: string) {
  const loaded = await loadActionToRead(ctx.db, actor, actionId);
  const rows = await listBudgetLines(ctx.db, { organizationId: actor.organizationId, actionId });
  return { data: rows.map(presentBudgetLine), totals: budgetTotals(rows), can: partAbilities(actor, loaded) };
}

export async function createBudgetLine(ctx: AppContext, actor: MemberActor, actionId: string, input: BudgetLineInput) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadActionToEdit(tx, actor, actionId);
    const now = ctx.clock.now();
    // One line per year × nature: the unique index decides, even between two simultaneous requests.
    const row = await insertBudgetLine(tx, { id: newId(), organizationId: actor.organizationId, actionId, ...input, createdAt: now, updatedAt: now });
    if (!row) throw duplicate(input.year, input.nature);
    await recordPartChange(tx, ctx, actor, { actionId, part: 'budgetLine', verb: 'create', label: labelOf(row), before: null, after: auditedBudgetLine(row) });
    return { data: presentBudgetLine(row), can: partAbilities(actor, loaded) };
  });
}

export async function updateActionBudgetLine(ctx: AppContext, actor: MemberActor, id: string, input: BudgetLineUpdate) {
  return ctx.db.transaction(async (tx) => {
    const current = await findBudgetLine(tx, { organizationId: actor.organizationId, id });
    if (!current) throw notFound('Ligne budgétaire');
    const loaded = await loadActionToEdit(tx, actor, current.actionId);
    if (current.version !== input.version) throw conflict();
    const year = input.year ?? current.year;
    const nature = input.nature ?? current.nature;
    if (await findSameYearAndNature(tx, { organizationId: actor.organizationId, actionId: current.actionId, year, nature, exceptId: id })) {
      throw duplicate(year, nature);
    }
    // The check above gives the clear message; the unique index still decides between simultaneous requests.
    const row = await updateBudgetLine(tx, { organizationId: actor.organizationId, id, version: input.version }, { ...withoutVersion(input), updatedAt: ctx.clock.now() }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw duplicate(year, nature);
      throw error;
    });
    if (!row) throw conflict();
    await recordPartChange(tx, ctx, actor, {
      actionId: row.actionId,
      part: 'budgetLine',
      verb: 'update',
      label: labelOf(row),
      before: auditedBudgetLine(current),
      after: auditedBudgetLine(row),
    });
    return { data: presentBudgetLine(row), can: partAbilities(actor, loaded) };
  });
}

export async function deleteActionBudgetLine(ctx: AppContext, actor: MemberActor, id: string, version?: number) {
  await ctx.db.transaction(async (tx) => {
    const current = await findBudgetLine(tx, { organizationId: actor.organizationId, id });
    if (!current) throw notFound('Ligne budgétaire');
    await loadActionToEdit(tx, actor, current.actionId);
    if (!(await deleteBudgetLine(tx, { organizationId: actor.organizationId, id, version }))) throw conflict();
    await recordPartChange(tx, ctx, actor, { actionId: current.actionId, part: 'budgetLine', verb: 'delete', label: labelOf(current), before: auditedBudgetLine(current), after: null });
  });
}

function withoutVersion({ version: _version, ...values }: BudgetLineUpdate) {
  return values;
}

/** PostgreSQL's unique_violation, as node-postgres and PGlite both report it (maybe wrapped by Drizzle). */
function isUniqueViolation(error: unknown): boolean {
  const codeOf = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined);
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown } | null)?.cause) === '23505';
}
