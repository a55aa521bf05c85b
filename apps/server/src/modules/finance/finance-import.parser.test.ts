import { describe, expect, it } from 'vitest';
import type { Table } from '../measures/measure-import.table.js';
import { parseFinanceTable } from './finance-import.parser.js';

const table = (header: string[], ...rows: (string | number | Date | null)[][]): Table => ({
  header,
  headerLine: 1,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

describe('parseFinanceTable', () => {
  it('reads XLSX cells: date cells, Excel serial dates, number amounts, an Exercice column, I/F sections', () => {
    const parsed = parseFinanceTable(
      table(
        ['Nature', 'N° pièce', 'Date', 'Exercice', 'Ligne budgétaire', 'Section', 'Montant HT', 'Montant TTC', 'Fournisseur'],
        ['Engagement', 'EJ-1', new Date(Date.UTC(2025, 11, 30)), 2026, '2051-020', 'I', 100, 120.5, 'Sopra'],
        ['Mandat', 'M-1', 46_082, null, '2051-020', 'F', 50, 60, null],
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines).toEqual([
      { line: 2, reference: 'EJ-1', type: 'committed', date: '2025-12-30', year: 2026, code: '2051-020', nature: 'investment', amountCents: 12_050, supplier: 'Sopra', label: '' },
      { line: 3, reference: 'M-1', type: 'paid', date: '2026-03-01', year: 2026, code: '2051-020', nature: 'operating', amountCents: 6_000, supplier: '', label: '' },
    ]);
  });

  it('without a type column, « N° engagement » means commitments; a missing amount or reference is reported', () => {
    const parsed = parseFinanceTable(table(['N° engagement', 'Date', 'Imputation', 'Montant'], ['E-1', '01/02/2026', 'X', '1 234,50 €'], ['', '01/02/2026', 'X', ''], ['E-3', 'hier', 'X', 'mille']));
    expect(parsed.lines).toEqual([expect.objectContaining({ reference: 'E-1', type: 'committed', amountCents: 123_450, nature: null })]);
    expect(parsed.problems).toEqual([
      { line: 3, column: 'N° engagement', message: expect.stringContaining('Référence manquante') },
      { line: 3, column: 'Montant', message: 'Montant manquant' },
      { line: 4, column: 'Date', message: expect.stringContaining('hier') },
      { line: 4, column: 'Montant', message: expect.stringContaining('mille') },
    ]);
  });

  it('an unknown section is reported; with neither a type column nor a telling reference, the type column is missing', () => {
    expect(parseFinanceTable(table(['Référence', 'Type', 'Date', 'Code', 'Section', 'Montant'], ['R', 'Mandat', '01/01/2026', 'X', 'Z', '1'])).problems).toEqual([
      { line: 2, column: 'Section', message: expect.stringContaining('Section « Z » inconnue') },
    ]);
    const [problem] = parseFinanceTable(table(['Référence', 'Date', 'Code', 'Montant'], ['R', '01/01/2026', 'X', '1'])).problems;
    expect(problem!.message).toMatch(/^Colonne « Type \(Engagement ou Mandat\) » introuvable ; en-têtes lus : « Référence », « Date », « Code », « Montant »$/);
  });
});
