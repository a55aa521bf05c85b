import { financeCodeIndex, matchFinanceCode, type BudgetNature, type FinanceImportResult, type ImportProblem } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { AppError } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { detectImportFileKind, readTable } from '../measures/measure-import.parser.js';
import { notASpreadsheet } from '../measures/measure-import.service.js';
import { TableReadError, type Table } from '../measures/measure-import.table.js';
import { loadPortfolioFor } from './finance-access.js';
import { recordBudgetChanges } from './finance-history.js';
import { parseFinanceTable, type ParsedFinanceLine } from './finance-import.parser.js';
import { findLinesByReference, listPortfolioProjects, readBudgetAmounts, recomputeBudgetLines, upsertFinanceLines, type KnownLine, type LineToWrite, type PortfolioProject } from './finance.repository.js';

/** 20 Mo, as the measure import: far more than a year of a département's mandates. */
export const MAX_FINANCE_IMPORT_BYTES = 20 * 1024 * 1024;
const PREVIEW_ROWS = 20;

/**
 * Imports a finance export into a portfolio. A problem anywhere in the file → 422 listing every
 * one by line and column, nothing written. Otherwise a dry run answers the counts; a real run
 * writes the new and changed lines and the projects' committed / spent in one transaction.
 * Idempotent: a line already imported (same reference and type) and unchanged is left alone;
 * changed (another amount, date, code…) it is updated. A line assigned by hand keeps its project.
 */
export async function importFinanceFile(ctx: AppContext, actor: MemberActor, portfolioId: string, bytes: Uint8Array, { dryRun }: { dryRun: boolean }): Promise<FinanceImportResult> {
  const { plan } = await loadPortfolioFor(ctx.db, actor, portfolioId, 'finance.import');
  const parsed = parseFinanceTable(await readFile(bytes));
  if (parsed.problems.length > 0) throw fileProblems(parsed.problems);

  const scope = { organizationId: actor.organizationId };
  const projects = await listPortfolioProjects(ctx.db, { ...scope, planId: plan.id });
  const existing = await findLinesByReference(ctx.db, { ...scope, references: [...new Set(parsed.lines.map((l) => l.reference))] });
  const plannedWrites = planWrites(parsed.lines, projects, existing, plan.id);
  const result = summary(plannedWrites, parsed.lines, projects, dryRun);
  if (dryRun || plannedWrites.writes.length === 0) return result;

  await ctx.db.transaction(async (tx) => {
    const touched = [...plannedWrites.touchedActionIds];
    const before = await readBudgetAmounts(tx, { ...scope, actionIds: touched });
    await upsertFinanceLines(tx, { ...scope, portfolioId: plan.id, now: ctx.clock.now() }, plannedWrites.writes);
    await recomputeBudgetLines(tx, { ...scope, actionIds: touched, now: ctx.clock.now() });
    await recordBudgetChanges(tx, ctx, actor, before, await readBudgetAmounts(tx, { ...scope, actionIds: touched }));
    // The import itself, in the portfolio's history: what it brought.
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: plan.id,
      action: 'finance.import',
      before: null,
      after: { financeImport: { created: result.created, updated: result.updated, unchanged: result.unchanged, unmatched: result.unmatched } },
    });
  });
  return result;
}

async function readFile(bytes: Uint8Array): Promise<Table> {
  const kind = await detectImportFileKind(bytes);
  if (!kind) throw notASpreadsheet();
  try {
    return await readTable(bytes, kind);
  } catch (error) {
    if (error instanceof TableReadError) throw fileProblems([{ line: error.line, message: error.message }]);
    throw error;
  }
}

/** 422 with every problem: `path` names the line and column the person looks for. */
function fileProblems(problems: ImportProblem[]) {
  const issues = problems.map((p) => ({ path: p.column ? `ligne ${p.line}, colonne « ${p.column} »` : `ligne ${p.line}`, message: p.message }));
  const count = problems.length;
  return new AppError(422, 'validation_failed', `${count} problème${count > 1 ? 's' : ''} dans le fichier : rien n’a été importé`, issues);
}

interface Classified {
  writes: LineToWrite[];
  /** Projects whose committed / spent may change: the new and the former project of each write. */
  touchedActionIds: Set<string>;
  created: number;
  updated: number;
  unchanged: number;
  otherPortfolio: number;
  /** Each file line's project after the import (null: unmatched) and nature; none when in another portfolio. */
  resolved: Map<number, { actionId: string | null; nature: BudgetNature }>;
}

function planWrites(
  lines: ParsedFinanceLine[],
  projects: PortfolioProject[],
  existing: KnownLine[],
  portfolioId: string,
): Classified {
  const index = financeCodeIndex(projects);
  const natures = new Map(projects.map((p) => [p.actionId, p.natures]));
  const byKey = new Map(existing.map((row) => [`${row.type}|${row.reference}`, row]));
  const out: Classified = { writes: [], touchedActionIds: new Set(), created: 0, updated: 0, unchanged: 0, otherPortfolio: 0, resolved: new Map() };
  for (const line of lines) {
    const known = byKey.get(`${line.type}|${line.reference}`);
    if (known && known.portfolioId !== portfolioId) {
      out.otherPortfolio++;
      continue;
    }
    const manual = known?.matchedBy === 'manual';
    const actionId = manual ? known.actionId : matchFinanceCode(index, line.code);
    const values: LineToWrite = {
      id: known?.id ?? newId(),
      reference: line.reference,
      type: line.type,
      date: line.date,
      year: line.year,
      code: line.code,
      nature: line.nature ?? natureOfProject(natures.get(actionId ?? '')),
      natureFromFile: line.nature !== null,
      amountCents: line.amountCents,
      supplier: line.supplier,
      label: line.label,
      actionId,
      matchedBy: manual ? 'manual' : actionId ? 'code' : null,
    };
    out.resolved.set(line.line, { actionId, nature: values.nature });
    if (known && sameLine(known, values)) {
      out.unchanged++;
      continue;
    }
    if (known) out.updated++;
    else out.created++;
    out.writes.push(values);
    if (actionId) out.touchedActionIds.add(actionId);
    if (known?.actionId) out.touchedActionIds.add(known.actionId);
  }
  return out;
}

/** A line without section takes its project's only nature; otherwise (or unmatched) operating. */
export const natureOfProject = (natures: BudgetNature[] | undefined): BudgetNature => (natures?.length === 1 ? natures[0]! : 'operating');

const COMPARED = ['date', 'year', 'code', 'nature', 'natureFromFile', 'amountCents', 'supplier', 'label', 'actionId', 'matchedBy'] as const;
const sameLine = (row: KnownLine, values: LineToWrite) => COMPARED.every((field) => row[field] === values[field]);

function summary(classified: Classified, lines: ParsedFinanceLine[], projects: PortfolioProject[], dryRun: boolean): FinanceImportResult {
  const codeOf = new Map(projects.map((p) => [p.actionId, p.code]));
  let matched = 0;
  let committedCents = 0;
  let paidCents = 0;
  for (const line of lines) {
    if (classified.resolved.get(line.line)?.actionId) matched++;
    if (line.type === 'committed') committedCents += line.amountCents;
    else paidCents += line.amountCents;
  }
  const preview = lines.slice(0, PREVIEW_ROWS).map((line) => {
    const resolved = classified.resolved.get(line.line);
    const { line: at, reference, type, date, code, amountCents, supplier } = line;
    const projectCode = resolved?.actionId ? (codeOf.get(resolved.actionId) ?? null) : null;
    return { line: at, reference, type, date, code, nature: resolved?.nature ?? line.nature ?? 'operating', amountCents, supplier, projectCode };
  });
  const { created, updated, unchanged, otherPortfolio } = classified;
  return { dryRun, rows: lines.length, created, updated, unchanged, otherPortfolio, matched, unmatched: lines.length - matched - otherPortfolio, committedCents, paidCents, preview };
}
