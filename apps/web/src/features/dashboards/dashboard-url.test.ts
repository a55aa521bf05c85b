import { describe, expect, it } from 'vitest';
import { activeFilterCount, queryOf, readFilters } from './dashboard-filters';
import { linkWith, readDrill } from './drill';

const unit = '7ef7173b-d780-4ebf-a09e-6109d1c3388e';
const node = 'effa0aaa-f929-4797-a580-0779d9fc1594';

describe('dashboard filters in the URL', () => {
  it('reads the five filters a bookmark holds', () => {
    const filters = readFilters(new URLSearchParams(`orgUnitId=${unit}&flagship=true&tag=%C3%A9cole&nodeId=${node}`));
    expect(filters).toEqual({ orgUnitId: unit, flagship: 'true', tag: 'école' });
    expect(activeFilterCount(filters)).toBe(3);
  });

  it('drops what the API would refuse instead of sending it (a mangled bookmark)', () => {
    expect(readFilters(new URLSearchParams('orgUnitId=abc&pilotId=&flagship=yes'))).toEqual({});
  });

  it('writes only the values that are set', () => {
    expect(queryOf({ nodeId: null, orgUnitId: unit, tag: '' })).toBe(`?orgUnitId=${unit}`);
    expect(queryOf({})).toBe('');
  });
});

describe('drill-down links', () => {
  it('reads a category, a météo and « late », ignoring unknown values', () => {
    expect(readDrill(new URLSearchParams('category=done&weather=stormy&late=true'))).toEqual({ category: 'done', weather: 'stormy', late: true });
    expect(readDrill(new URLSearchParams('category=finished&weather=rain&late=1'))).toEqual({});
  });

  it('keeps the filters, replaces the previous narrowing and points at the list', () => {
    const search = new URLSearchParams(`pilotId=${unit}&category=done&nodeId=${node}`);
    expect(linkWith(search, { late: 'true' }, 'actions')).toEqual({ search: `?pilotId=${unit}&nodeId=${node}&late=true`, hash: '#actions' });
    expect(linkWith(search, { nodeId: null })).toEqual({ search: `?pilotId=${unit}`, hash: '' });
  });
});
