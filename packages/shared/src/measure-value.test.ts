import { describe, expect, it } from 'vitest';
import { parseMeasureValue } from './measure-value.js';

describe('parseMeasureValue', () => {
  it('reads French and English spellings', () => {
    expect(parseMeasureValue('12,5')).toBe(12.5);
    expect(parseMeasureValue('1 234,5 €')).toBe(1234.5);
    expect(parseMeasureValue('1\u202f234,5')).toBe(1234.5);
    expect(parseMeasureValue('1.234,5')).toBe(1234.5);
    expect(parseMeasureValue('1,234.5')).toBe(1234.5);
    expect(parseMeasureValue('1.234.567')).toBe(1234567);
    expect(parseMeasureValue('12 %')).toBe(12);
    expect(parseMeasureValue('-3')).toBe(-3);
    expect(parseMeasureValue(7)).toBe(7);
  });

  it('answers null for what is not a number', () => {
    for (const raw of ['', 'douze', '12abc', '1,2,3.4.5', 'NaN', null, Number.POSITIVE_INFINITY]) expect(parseMeasureValue(raw), String(raw)).toBeNull();
  });
});
