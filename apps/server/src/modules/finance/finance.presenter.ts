import type { FinanceLine } from '@pilotis/shared';
import type { FinanceLineWithProject } from './finance-read.repository.js';

export function presentFinanceLine(row: FinanceLineWithProject): FinanceLine {
  return {
    id: row.id,
    portfolioId: row.portfolioId,
    reference: row.reference,
    type: row.type,
    date: row.date,
    year: row.year,
    code: row.code,
    nature: row.nature,
    amountCents: row.amountCents,
    supplier: row.supplier,
    label: row.label,
    actionId: row.actionId,
    project: row.actionId && row.projectCode ? { code: row.projectCode, title: row.projectTitle ?? '' } : null,
    matchedBy: row.matchedBy,
    importedAt: row.importedAt.toISOString(),
  };
}
