import { z } from 'zod';
import { budgetNatures } from './action.schema.js';

/**
 * Real costs from the finance software: its lines of commitments (engagements) and payments
 * (mandats), imported from a CSV/XLSX export, matched to the portfolio's projects by code.
 */
export const financeLineTypes = ['committed', 'paid'] as const;
export type FinanceLineType = (typeof financeLineTypes)[number];
export const financeMatchKinds = ['code', 'manual'] as const;
export type FinanceMatchKind = (typeof financeMatchKinds)[number];

export const financeLineSchema = z.object({
  id: z.uuid(),
  portfolioId: z.uuid(),
  reference: z.string(),
  type: z.enum(financeLineTypes),
  date: z.string(),
  year: z.number().int(),
  code: z.string(),
  nature: z.enum(budgetNatures),
  amountCents: z.number().int(),
  supplier: z.string(),
  label: z.string(),
  actionId: z.uuid().nullable(),
  /** The project it is assigned to (code and title), null while unmatched. */
  project: z.object({ code: z.string(), title: z.string() }).nullable(),
  matchedBy: z.enum(financeMatchKinds).nullable(),
  importedAt: z.string(),
});
export type FinanceLine = z.infer<typeof financeLineSchema>;

export const financeLinesQuerySchema = z.object({
  portfolioId: z.uuid(),
  unmatched: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** Manual assignment of a line to a project of its portfolio (null: back to unmatched). */
export const financeAssignInputSchema = z.strictObject({ actionId: z.uuid().nullable() });
export type FinanceAssignInput = z.infer<typeof financeAssignInputSchema>;

export const financeImportResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  /** Lines new to Pilotis. */
  created: z.number().int(),
  /** Lines already imported whose amount, date, code… changed (they are updated), or newly matched. */
  updated: z.number().int(),
  /** Lines already imported, identical: re-importing a file changes nothing. */
  unchanged: z.number().int(),
  /** Lines already imported into another portfolio: left there. */
  otherPortfolio: z.number().int(),
  /** Of the file's lines, those assigned to a project (by code or earlier by hand) / left without. */
  matched: z.number().int(),
  unmatched: z.number().int(),
  committedCents: z.number().int(),
  paidCents: z.number().int(),
  preview: z.array(
    z.object({
      line: z.number().int(),
      reference: z.string(),
      type: z.enum(financeLineTypes),
      date: z.string(),
      code: z.string(),
      nature: z.enum(budgetNatures),
      amountCents: z.number().int(),
      supplier: z.string(),
      projectCode: z.string().nullable(),
    }),
  ),
});
export type FinanceImportResult = z.infer<typeof financeImportResultSchema>;

export const portfolioBudgetProjectSchema = z.object({
  actionId: z.uuid(),
  code: z.string(),
  title: z.string(),
  stage: z.string(),
  weight: z.number(),
  plannedCents: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  /** spent / planned; null when nothing is planned. */
  consumptionRate: z.number().nullable(),
  overBudget: z.boolean(),
});
export type PortfolioBudgetProject = z.infer<typeof portfolioBudgetProjectSchema>;

export const portfolioBudgetSchema = z.object({
  portfolioId: z.uuid(),
  year: z.number().int().nullable(),
  weightMode: z.enum(['budget', 'custom']),
  projects: z.array(portfolioBudgetProjectSchema),
  totals: z.object({
    plannedCents: z.number().int(),
    committedCents: z.number().int(),
    spentCents: z.number().int(),
    consumptionRate: z.number().nullable(),
    commitmentRate: z.number().nullable(),
  }),
  /** Rates averaged with each project's weight (weightMode). */
  weighted: z.object({ consumptionRate: z.number().nullable(), commitmentRate: z.number().nullable() }),
  overBudget: z.array(z.object({ actionId: z.uuid(), code: z.string(), title: z.string(), overCents: z.number().int() })),
  unmatchedLines: z.number().int(),
  can: z.object({ import: z.boolean(), assign: z.boolean() }),
});
export type PortfolioBudget = z.infer<typeof portfolioBudgetSchema>;
