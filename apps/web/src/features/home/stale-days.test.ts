import { describe, expect, it } from 'vitest';
import { staleDaysFromSearch, withStaleDays } from './stale-days';

describe('stale days in the URL', () => {
  it('reads an offered choice and falls back to 30 days for anything else', () => {
    expect(staleDaysFromSearch(new URLSearchParams('jours=60'))).toBe(60);
    expect(staleDaysFromSearch(new URLSearchParams(''))).toBe(30);
    expect(staleDaysFromSearch(new URLSearchParams('jours=45'))).toBe(30);
    expect(staleDaysFromSearch(new URLSearchParams('jours=abc'))).toBe(30);
  });

  it('keeps the other parameters and leaves the default out of the address', () => {
    expect(withStaleDays(new URLSearchParams('unite=u1'), 90).toString()).toBe('unite=u1&jours=90');
    expect(withStaleDays(new URLSearchParams('jours=90&unite=u1'), 30).toString()).toBe('unite=u1');
  });
});
