import { describe, expect, it } from 'vitest';
import { diffFields } from './audit.diff.js';

describe('diffFields', () => {
  it('keeps only the fields that changed, with before and after', () => {
    expect(diffFields({ name: 'DRH', active: true }, { name: 'Direction RH', active: true })).toEqual({
      name: { before: 'DRH', after: 'Direction RH' },
    });
  });

  it('records every field of a creation as coming from null', () => {
    expect(diffFields(null, { name: 'DSI', parentId: null })).toEqual({ name: { before: null, after: 'DSI' } });
  });

  it('compares arrays by content and serialises dates', () => {
    expect(diffFields({ units: ['a', 'b'] }, { units: ['a', 'b'] })).toEqual({});
    const at = new Date('2026-01-02T03:04:05Z');
    expect(diffFields({ at: null }, { at })).toEqual({ at: { before: null, after: '2026-01-02T03:04:05.000Z' } });
  });
});
