import { describe, expect, it } from 'vitest';
import { csvField, csvLine, frenchDate, frenchDecimal, neutralizeFormula, safeCell } from './spreadsheet-safe.js';

describe('neutralizeFormula', () => {
  it('puts a quote before every text a spreadsheet could run as a formula', () => {
    for (const text of ['=HYPERLINK("http://evil","clic")', '+33 1 23 45 67 89', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text alone, including a formula sign further in', () => {
    for (const text of ['Rénover les écoles', 'a=b', '', ' =1 avec espace', "'déjà cité"]) expect(neutralizeFormula(text)).toBe(text);
  });

  it('keeps numbers, booleans, dates and empty cells as they are (a negative amount is not text)', () => {
    const date = new Date('2026-03-02T00:00:00Z');
    expect(safeCell(-1250.5)).toBe(-1250.5);
    expect(safeCell(true)).toBe(true);
    expect(safeCell(date)).toBe(date);
    expect(safeCell(null)).toBeNull();
    expect(safeCell('=1+1')).toBe("'=1+1");
  });
});

describe('CSV for French Excel', () => {
  it('writes decimals with a comma and dates as JJ/MM/AAAA', () => {
    expect(frenchDecimal(1234.5)).toBe('1234,5');
    expect(frenchDecimal(-12)).toBe('-12');
    expect(frenchDate('2026-11-22')).toBe('22/11/2026');
  });

  it('quotes fields holding the separator, quotes or line breaks, and neutralises formulas', () => {
    expect(csvField('Voirie; éclairage')).toBe('"Voirie; éclairage"');
    expect(csvField('Le « grand » "projet"')).toBe('"Le « grand » ""projet"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+33')).toBe("'+33");
    expect(csvField(-3.5)).toBe('-3,5');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('non');
  });

  it('ends each line with CRLF', () => {
    expect(csvLine(['a', 1.5, null])).toBe('a;1,5;\r\n');
  });
});
